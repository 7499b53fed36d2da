using System.CommandLine;
using SentimentPipeline.ModelBundle;
using SentimentPipeline.Preprocessing.Corpus;
using SentimentPipeline.Training.Cli;
using Spectre.Console;

namespace SentimentPipeline.Training.CheckpointExport;

/// <summary>
/// <c>export</c>: writes model.onnx (+ vocabulary.json) from the best checkpoint of a training output folder.
/// Exit codes (<see cref="ExitCodes"/>): 0 done, 1 invalid option, 2 invalid corpus, 6 TorchSharp cannot load, 7 invalid or
/// mismatched checkpoint, 8 ONNX Runtime does not reproduce TorchSharp (nothing written).
/// </summary>
public static class ExportCommand
{
    /// <summary>Builds the command; progress and result go to <paramref name="console"/>.</summary>
    public static Command Create(IAnsiConsole console)
    {
        ArgumentNullException.ThrowIfNull(console);
        var output = new Option<string>("--output") { Description = "Training output folder with the checkpoint; model.onnx is written there.", DefaultValueFactory = _ => Path.Combine("artifacts", "model") };
        var corpus = new Option<string?>("--corpus") { Description = "Review CSV whose first reviews are also used to compare TorchSharp with ONNX Runtime." };
        var corpusFormat = new CorpusFormatOptions();
        var parityReviews = new Option<int>("--parity-reviews") { Description = "Corpus reviews compared between TorchSharp and ONNX Runtime.", DefaultValueFactory = _ => CheckpointExporter.DefaultParityReviews };
        var command = new Command("export", "Export the best checkpoint to model.onnx, verified against TorchSharp in ONNX Runtime.")
        {
            output, corpus, parityReviews,
        };
        corpusFormat.AddTo(command);
        command.SetAction(result => CommandExit.Run(console, corpusFormat.SkipInvalidRows(result), () =>
        {
            try
            {
                var corpusPath = result.GetValue(corpus);
                var reviews = corpusPath is null ? null : CorpusReader.Read(corpusPath, new CorpusReadOptions(corpusFormat.Resolve(result), corpusFormat.SkipInvalidRows(result)));
                new CheckpointExporter(console).Export(result.GetRequiredValue(output), reviews, result.GetValue(parityReviews));
                return 0;
            }
            catch (InvalidDataException e)
            {
                return CommandExit.Fail(console, "Invalid checkpoint", e.Message, ExitCodes.InvalidCheckpoint);
            }
            catch (OnnxParityException e)
            {
                return CommandExit.Fail(console, "Export rejected", e.Message, ExitCodes.ParityFailure);
            }
        }));
        return command;
    }
}
