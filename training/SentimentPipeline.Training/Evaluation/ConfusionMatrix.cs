namespace SentimentPipeline.Training.Evaluation;

/// <summary>Counts of a binary classifier's outcomes (positive = label 1).</summary>
/// <param name="TrueNegatives">Negative reviews predicted negative.</param>
/// <param name="FalsePositives">Negative reviews predicted positive.</param>
/// <param name="FalseNegatives">Positive reviews predicted negative.</param>
/// <param name="TruePositives">Positive reviews predicted positive.</param>
public sealed record ConfusionMatrix(int TrueNegatives, int FalsePositives, int FalseNegatives, int TruePositives)
{
    /// <summary>All counted reviews.</summary>
    public int Total => TrueNegatives + FalsePositives + FalseNegatives + TruePositives;
}
