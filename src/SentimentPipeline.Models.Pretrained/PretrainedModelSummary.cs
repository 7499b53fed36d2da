using System.Globalization;
using System.Text.Json;

namespace SentimentPipeline.Models.Pretrained;

/// <summary>The pretrained model in one line: where it came from and how well it did on its held-out test split.</summary>
/// <param name="Version">The package version.</param>
/// <param name="CorpusFile">File name of the training corpus.</param>
/// <param name="CorpusSha256">SHA-256 of the training corpus file.</param>
/// <param name="TestReviews">Reviews in the test split.</param>
/// <param name="TestAccuracy">Accuracy on the test split.</param>
public sealed record PretrainedModelSummary(string Version, string CorpusFile, string CorpusSha256, int TestReviews, double TestAccuracy)
{
    /// <summary>For example <c>pretrained model 0.1.0 (trained on corpus.csv; test accuracy 0.852 on 431 reviews)</c>.</summary>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture,
        $"pretrained model {Version} (trained on {CorpusFile}; test accuracy {TestAccuracy:F3} on {TestReviews:N0} reviews)");

    internal static PretrainedModelSummary FromMetrics(byte[] metricsJson, string version)
    {
        using var metrics = JsonDocument.Parse(metricsJson);
        var corpus = metrics.RootElement.GetProperty("corpus");
        var test = metrics.RootElement.GetProperty("test");
        // The path is the trainer's; only the file name means anything elsewhere (Windows or POSIX separators).
        var corpusFile = corpus.GetProperty("path").GetString()!.Split('/', '\\')[^1];
        return new PretrainedModelSummary(version, corpusFile, corpus.GetProperty("sha256").GetString()!,
            test.GetProperty("count").GetInt32(), test.GetProperty("accuracy").GetDouble());
    }
}
