using SentimentPipeline.Prediction;

namespace SentimentPipeline.Cli.Commands;

/// <summary>A review's outcome: its prediction, or why there is none.</summary>
internal sealed record ScoredReview(SentimentPrediction? Prediction, string? Error);
