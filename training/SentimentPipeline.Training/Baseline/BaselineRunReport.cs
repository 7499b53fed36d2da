using SentimentPipeline.Training.Reporting;

namespace SentimentPipeline.Training.Baseline;

/// <summary>The content of baseline.json, written by the <c>baseline</c> command.</summary>
/// <param name="CorpusPath">The corpus file.</param>
/// <param name="Reviews">Valid reviews read.</param>
/// <param name="SkippedRows">Invalid rows skipped, per reason.</param>
/// <param name="Seed">Seed of the split.</param>
/// <param name="TrainReviews">Training split size.</param>
/// <param name="ValidationReviews">Validation split size.</param>
/// <param name="TestReviews">Test split size.</param>
/// <param name="SegmentationSeconds">Time to segment every review.</param>
/// <param name="Baseline">The baseline's result.</param>
/// <param name="CreatedUtc">When the report was written.</param>
public sealed record BaselineRunReport(
    string CorpusPath,
    int Reviews,
    IReadOnlyDictionary<string, int> SkippedRows,
    int Seed,
    int TrainReviews,
    int ValidationReviews,
    int TestReviews,
    double SegmentationSeconds,
    BaselineReport Baseline,
    DateTime CreatedUtc);
