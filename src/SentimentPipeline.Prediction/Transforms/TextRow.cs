namespace SentimentPipeline.Prediction.Transforms;

/// <summary>Input row of the segmentation transform; its column is renamed to the caller's input column.</summary>
public sealed class TextRow
{
    /// <summary>The review text.</summary>
    public string? Text { get; set; }
}
