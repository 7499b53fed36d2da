using SentimentPipeline.Training.Evaluation;

namespace SentimentPipeline.Training.Reporting;

/// <summary>The linear baseline's result on the same test split.</summary>
/// <param name="Description">What the baseline is.</param>
/// <param name="Seconds">Its training and scoring time.</param>
/// <param name="Test">Its test metrics.</param>
public sealed record BaselineReport(string Description, double Seconds, ClassificationMetrics Test);
