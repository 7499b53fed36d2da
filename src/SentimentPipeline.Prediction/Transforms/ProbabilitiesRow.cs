namespace SentimentPipeline.Prediction.Transforms;

/// <summary>Input row of the label mapping: the model's two class probabilities.</summary>
public sealed class ProbabilitiesRow
{
    /// <summary>Probabilities in output order: negative, positive.</summary>
    public float[] Probabilities { get; set; } = [];
}
