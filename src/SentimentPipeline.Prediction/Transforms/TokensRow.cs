namespace SentimentPipeline.Prediction.Transforms;

/// <summary>Output row of the segmentation transform and input row of the encoding transform.</summary>
public sealed class TokensRow
{
    /// <summary>The tokens the text encoder keeps for a review, in text order.</summary>
    public string[] Tokens { get; set; } = [];
}
