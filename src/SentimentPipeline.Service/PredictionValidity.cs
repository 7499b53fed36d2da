using SentimentPipeline.Prediction;

namespace SentimentPipeline.Service;

/// <summary>Whether the model's answer is a probability pair at all (a corrupt model gives NaN or ∞).</summary>
internal static class PredictionValidity
{
    public static bool IsValid(SentimentPrediction prediction)
        => float.IsFinite(prediction.Positive) && float.IsFinite(prediction.Negative)
            && prediction.Positive is >= 0 and <= 1 && prediction.Negative is >= 0 and <= 1;
}
