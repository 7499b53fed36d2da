using System.Text.Json;
using SentimentPipeline.ModelBundle;
using SentimentPipeline.Preprocessing;
using SentimentPipeline.Preprocessing.Corpus;
using SentimentPipeline.Segmentation;
using SentimentPipeline.Training.Reporting;
using Spectre.Console;

namespace SentimentPipeline.Training.CheckpointExport;

/// <summary>
/// Exports the best checkpoint of a training output folder (model.weights, model.json, vocabulary.json,
/// metrics.json) to model.onnx in the same folder. The runtimes are compared on the probe sentences, an empty and
/// an over-long review (lengths 1 and the maximum) and, when a corpus is given, its first reviews.
/// </summary>
public sealed class CheckpointExporter
{
    /// <summary>Default number of corpus reviews compared between TorchSharp and ONNX Runtime.</summary>
    public const int DefaultParityReviews = 1000;

    private readonly IAnsiConsole _console;

    /// <summary>Creates the exporter; <paramref name="console"/> receives progress and the result.</summary>
    public CheckpointExporter(IAnsiConsole console)
    {
        ArgumentNullException.ThrowIfNull(console);
        _console = console;
    }

    /// <summary>Loads the checkpoint in <paramref name="directory"/>, exports and verifies it.</summary>
    /// <param name="directory">The training output folder; model.onnx is written there.</param>
    /// <param name="corpus">Reviews to compare the runtimes on (the first <paramref name="parityReviews"/>), or null.</param>
    /// <param name="parityReviews">How many corpus reviews to compare.</param>
    /// <exception cref="InvalidDataException">The folder is not a complete checkpoint, or it was trained with another
    /// text encoder or dictionary than this program's.</exception>
    /// <exception cref="OnnxParityException">ONNX Runtime disagrees with TorchSharp; nothing was written.</exception>
    public OnnxExportResult Export(string directory, ReviewCorpus? corpus, int parityReviews = DefaultParityReviews)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(directory);
        ArgumentOutOfRangeException.ThrowIfNegative(parityReviews);
        using var checkpoint = TrainedCheckpoint.Load(directory);
        var segmenter = JiebaSegmenter.CreateDefault();
        RequireSame("text encoder version", checkpoint.Info.PreprocessingVersion, TextEncoder.PreprocessingVersion, directory);
        RequireSame("segmenter dictionary SHA-256", checkpoint.Info.DictionarySha256, segmenter.DictionarySha256, directory);
        var encoder = new TextEncoder(segmenter, checkpoint.Vocabulary, checkpoint.Info.MaxLength, checkpoint.Info.MaxCharacters);
        var metricsJson = TestMetricsJson(Path.Combine(directory, ModelBundleFiles.Metrics));

        var texts = ParityTexts(corpus, parityReviews, encoder.MaxLength);
        OnnxExportResult? result = null;
        _console.Status().Start($"Exporting model.onnx and comparing TorchSharp with ONNX Runtime on {texts.Count} reviews…", _ =>
        {
            var encoded = texts.AsParallel().AsOrdered().Select(encoder.Encode).ToList();
            result = OnnxBundleExporter.Export(checkpoint.Model, encoder, checkpoint.Info.Labels, segmenter.DictionarySha256, metricsJson, encoded, directory, checkpoint.Info.Temperature);
        });
        _console.MarkupLine($"Wrote {Markup.Escape(result!.ModelPath)} ({result.ModelBytes:N0} bytes) and {ModelBundleFiles.Vocabulary}; " +
                            $"max |TorchSharp − ONNX Runtime| over {result.ReviewsCompared} reviews = {result.MaxAbsDifference:E2} " +
                            $"(tolerance {OnnxBundleExporter.Tolerance:E0}); sample kept as {OnnxParitySample.FileName}.");
        return result;
    }

    private static List<string> ParityTexts(ReviewCorpus? corpus, int parityReviews, int maxLength)
    {
        // An empty review encodes as one UNK token (length 1); the repeated one is cut at the maximum length.
        var texts = new List<string> { "", string.Concat(Enumerable.Repeat("屏幕清晰，运行流畅，", maxLength)) };
        texts.AddRange(ProbeSentences.All.Select(p => p.Text));
        if (corpus is not null)
        {
            texts.AddRange(corpus.Reviews.Take(parityReviews).Select(r => r.Text));
        }

        return texts;
    }

    private static void RequireSame(string what, string checkpointValue, string programValue, string directory)
    {
        if (!string.Equals(checkpointValue, programValue, StringComparison.Ordinal))
        {
            throw new InvalidDataException(
                $"{Path.Combine(directory, TrainedCheckpoint.InfoFile)}: trained with {what} '{checkpointValue}', but this program uses '{programValue}'; " +
                "retrain so that the exported model describes its preprocessing truthfully.");
        }
    }

    /// <summary>The "test" section of metrics.json: the model's held-out metrics.</summary>
    private static string TestMetricsJson(string metricsPath)
    {
        if (!File.Exists(metricsPath))
        {
            throw new InvalidDataException($"{metricsPath} is missing: the training run did not finish its evaluation.");
        }

        try
        {
            using var report = JsonDocument.Parse(File.ReadAllText(metricsPath));
            if (report.RootElement.ValueKind == JsonValueKind.Object && report.RootElement.TryGetProperty("test", out var test) && test.ValueKind == JsonValueKind.Object)
            {
                return test.GetRawText();
            }
        }
        catch (JsonException e)
        {
            throw new InvalidDataException($"{metricsPath}: not valid JSON (line {e.LineNumber + 1}): {e.Message}", e);
        }

        throw new InvalidDataException($"{metricsPath}: has no \"test\" metrics object.");
    }
}
