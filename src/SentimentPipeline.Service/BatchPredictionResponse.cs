namespace SentimentPipeline.Service;

/// <summary>The JSON answer for a list of reviews, in request order.</summary>
/// <param name="Predictions">One prediction per review.</param>
public sealed record BatchPredictionResponse(IReadOnlyList<PredictionResponse> Predictions);
