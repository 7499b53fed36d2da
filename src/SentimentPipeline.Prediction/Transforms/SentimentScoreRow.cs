using SentimentPipeline.ModelBundle;

namespace SentimentPipeline.Prediction.Transforms;

/// <summary>Output row of the label mapping.</summary>
public sealed class SentimentScoreRow
{
    /// <summary><see cref="SentimentLabels.Positive"/> or <see cref="SentimentLabels.Negative"/>.</summary>
    public string PredictedLabel { get; set; } = string.Empty;

    /// <summary>Probability of the negative class.</summary>
    public float NegativeProbability { get; set; }

    /// <summary>Probability of the positive class.</summary>
    public float PositiveProbability { get; set; }
}
