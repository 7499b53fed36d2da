namespace SentimentPipeline.ModelBundle;

/// <summary>
/// Names of the ONNX model's inputs and output: the exporter writes them and the prediction pipeline binds its
/// columns to them, so both take them from here.
/// </summary>
public static class ModelTensorNames
{
    /// <summary>Input: token ids, int64 [batch, sequence], PAD-filled after each review's real length.</summary>
    public const string TokenIds = "token_ids";

    /// <summary>Input: character ids, int64 [batch, characters], PAD-filled after each review's real character count.</summary>
    public const string CharIds = "char_ids";

    /// <summary>Input: real length of each review, int32 [batch], each in 1..sequence.</summary>
    public const string Lengths = "lengths";

    /// <summary>Output: class probabilities, float [batch, 2] (0 = negative, 1 = positive).</summary>
    public const string Probabilities = "probabilities";
}
