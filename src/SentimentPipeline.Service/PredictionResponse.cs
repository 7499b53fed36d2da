using System.Text.Json.Serialization;
using SentimentPipeline.Prediction;

namespace SentimentPipeline.Service;

/// <summary>The JSON answer for one review.</summary>
/// <param name="Label"><c>positive</c> or <c>negative</c>.</param>
/// <param name="Positive">Probability that the review is positive.</param>
/// <param name="Negative">Probability that the review is negative.</param>
/// <param name="Tokens">With <c>"explain": true</c>: each token the model read and its contribution to P(positive).</param>
public sealed record PredictionResponse(
    string Label,
    float Positive,
    float Negative,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] IReadOnlyList<TokenContribution>? Tokens = null)
{
    /// <summary>The response for a prediction.</summary>
    /// <param name="prediction">The prediction.</param>
    public static PredictionResponse From(SentimentPrediction prediction)
    {
        ArgumentNullException.ThrowIfNull(prediction);
        return new(prediction.Label, prediction.Positive, prediction.Negative);
    }

    /// <summary>The response for an explained prediction.</summary>
    /// <param name="explanation">The explanation.</param>
    public static PredictionResponse From(SentimentExplanation explanation)
    {
        ArgumentNullException.ThrowIfNull(explanation);
        var prediction = explanation.Prediction;
        return new(prediction.Label, prediction.Positive, prediction.Negative, explanation.Tokens);
    }
}
