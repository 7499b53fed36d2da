namespace SentimentPipeline.Prediction.Transforms;

/// <summary>Output row of the encoding transform: what the ONNX model takes for one review.</summary>
public sealed class TokenIdsRow
{
    /// <summary>Token ids, exactly the model's maximum length, PAD-filled.</summary>
    public long[] TokenIds { get; set; } = [];

    /// <summary>One element: the real number of ids (at least 1).</summary>
    public int[] Lengths { get; set; } = [];

    /// <summary>Character ids, exactly the model's maximum character count, PAD-filled.</summary>
    public long[] CharIds { get; set; } = [];
}
