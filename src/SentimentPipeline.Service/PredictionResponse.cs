using SentimentPipeline.Prediction;

namespace SentimentPipeline.Service;

/// <summary>The JSON answer for one review.</summary>
/// <param name="Label"><c>positive</c> or <c>negative</c>.</param>
/// <param name="Positive">Probability that the review is positive.</param>
/// <param name="Negative">Probability that the review is negative.</param>
public sealed record PredictionResponse(string Label, float Positive, float Negative)
{
    /// <summary>The response for a prediction.</summary>
    /// <param name="prediction">The prediction.</param>
    public static PredictionResponse From(SentimentPrediction prediction)
    {
        ArgumentNullException.ThrowIfNull(prediction);
        return new(prediction.Label, prediction.Positive, prediction.Negative);
    }
}
