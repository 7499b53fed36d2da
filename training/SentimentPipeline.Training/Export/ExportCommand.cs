using System.CommandLine;
using SentimentPipeline.Preprocessing.Corpus;
using Spectre.Console;

namespace SentimentPipeline.Training.Export;

/// <summary>
/// <c>export</c>: writes model.onnx (+ vocabulary.json) from the best checkpoint of a training output folder.
/// Exit codes: 0 done, 2 invalid corpus, 3 invalid option, 4 TorchSharp cannot load, 5 invalid or mismatched checkpoint,
/// 6 ONNX Runtime does not reproduce TorchSharp (nothing written).
/// </summary>
public static class ExportCommand
{
    /// <summary>Exit code for an invalid corpus file or row.</summary>
    public const int InvalidCorpus = 2;

    /// <summary>Exit code for an invalid option value.</summary>
    public const int InvalidOption = 3;

    /// <summary>Exit code when TorchSharp's native library cannot be loaded.</summary>
    public const int NativeLoadFailure = 4;

    /// <summary>Exit code for a missing, corrupt or mismatched checkpoint.</summary>
    public const int InvalidCheckpoint = 5;

    /// <summary>Exit code when the exported model disagrees with TorchSharp.</summary>
    public const int ParityFailure = 6;

    /// <summary>Builds the command; progress and result go to <paramref name="console"/>.</summary>
    public static Command Create(IAnsiConsole console)
    {
        ArgumentNullException.ThrowIfNull(console);
        var output = new Option<string>("--output") { Description = "Training output folder with the checkpoint; model.onnx is written there.", DefaultValueFactory = _ => Path.Combine("artifacts", "model") };
        var corpus = new Option<string?>("--corpus") { Description = "Review CSV whose first reviews are also used to compare TorchSharp with ONNX Runtime." };
        var format = new Option<string?>("--format") { Description = $"Corpus format preset ({string.Join("; ", CorpusFormat.Presets.Select(p => p.Name))}); detected from the header when omitted." };
        var skip = new Option<bool>("--skip-invalid-rows") { Description = "Skip invalid corpus rows instead of failing." };
        var parityReviews = new Option<int>("--parity-reviews") { Description = "Corpus reviews compared between TorchSharp and ONNX Runtime.", DefaultValueFactory = _ => CheckpointExporter.DefaultParityReviews };
        var command = new Command("export", "Export the best checkpoint to model.onnx, verified against TorchSharp in ONNX Runtime.")
        {
            output, corpus, format, skip, parityReviews,
        };
        command.SetAction(result => Run(console, result.GetRequiredValue(output), result.GetValue(corpus), result.GetValue(format), result.GetValue(skip), result.GetValue(parityReviews)));
        return command;
    }

    private static int Run(IAnsiConsole console, string output, string? corpusPath, string? formatName, bool skipInvalidRows, int parityReviews)
    {
        try
        {
            var corpus = corpusPath is null ? null : ReadCorpus(corpusPath, formatName, skipInvalidRows);
            new CheckpointExporter(console).Export(output, corpus, parityReviews);
            return 0;
        }
        catch (CorpusFormatException e)
        {
            console.MarkupLine($"[red]Invalid corpus:[/] {Markup.Escape(e.Message)}");
            return InvalidCorpus;
        }
        catch (FileNotFoundException e)
        {
            console.MarkupLine($"[red]File not found:[/] {Markup.Escape(e.FileName ?? e.Message)}");
            return InvalidCorpus;
        }
        catch (InvalidDataException e)
        {
            console.MarkupLine($"[red]Invalid checkpoint:[/] {Markup.Escape(e.Message)}");
            return InvalidCheckpoint;
        }
        catch (ArgumentException e)
        {
            console.MarkupLine($"[red]Invalid option:[/] {Markup.Escape(e.Message)}");
            return InvalidOption;
        }
        catch (TorchSharpNativeLoadException e)
        {
            console.MarkupLine($"[red]TorchSharp cannot load:[/] {Markup.Escape(e.Message)}");
            return NativeLoadFailure;
        }
        catch (OnnxParityException e)
        {
            console.MarkupLine($"[red]Export rejected:[/] {Markup.Escape(e.Message)}");
            return ParityFailure;
        }
    }

    private static ReviewCorpus ReadCorpus(string path, string? formatName, bool skipInvalidRows)
    {
        var format = formatName is null ? null : CorpusFormat.FromName(formatName)
            ?? throw new CorpusFormatException(path, new CorpusRowProblem(1, CorpusProblemKind.InvalidFile, null,
                $"unknown format '{formatName}'; known: {string.Join("; ", CorpusFormat.Presets.Select(p => p.Name))}"));
        return CorpusReader.Read(path, new CorpusReadOptions(format, skipInvalidRows));
    }
}
