using SentimentPipeline.Training.Evaluation;

namespace SentimentPipeline.Training.Reporting;

/// <summary>The two paths of a wide-and-deep model, each alone, on the test split: what the ensemble adds.</summary>
/// <param name="Deep">The (Bi)LSTM path alone.</param>
/// <param name="Wide">The n-gram path alone.</param>
public sealed record PathTestMetrics(ClassificationMetrics Deep, ClassificationMetrics Wide);
