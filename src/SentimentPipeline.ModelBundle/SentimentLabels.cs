namespace SentimentPipeline.ModelBundle;

/// <summary>The label names a sentiment model predicts, in the order of its output probabilities.</summary>
public static class SentimentLabels
{
    /// <summary>Label of output index 0.</summary>
    public const string Negative = "negative";

    /// <summary>Label of output index 1.</summary>
    public const string Positive = "positive";

    /// <summary>The labels in output order, as the model metadata spells them (<c>negative,positive</c>).</summary>
    public const string MetadataValue = Negative + "," + Positive;

    /// <summary>
    /// The label for a pair of class probabilities: positive only when its probability is strictly larger,
    /// so an exact tie (0.5/0.5) is reported as negative.
    /// </summary>
    /// <param name="negative">Probability of index 0.</param>
    /// <param name="positive">Probability of index 1.</param>
    public static string FromProbabilities(float negative, float positive) => positive > negative ? Positive : Negative;
}
