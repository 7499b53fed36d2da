using Microsoft.ML.Data;
using SentimentPipeline.ModelBundle;

namespace SentimentPipeline.Prediction;

/// <summary>What the model says about one review: the predicted label and the probability of each class.</summary>
public sealed class SentimentPrediction
{
    /// <summary><see cref="SentimentLabels.Positive"/> or <see cref="SentimentLabels.Negative"/>.</summary>
    [ColumnName(SentimentColumnNames.PredictedLabel)]
    public string Label { get; set; } = string.Empty;

    /// <summary>Probability that the review is negative.</summary>
    [ColumnName(SentimentColumnNames.NegativeProbability)]
    public float Negative { get; set; }

    /// <summary>Probability that the review is positive.</summary>
    [ColumnName(SentimentColumnNames.PositiveProbability)]
    public float Positive { get; set; }
}
