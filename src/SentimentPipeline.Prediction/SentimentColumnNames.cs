using SentimentPipeline.ModelBundle;

namespace SentimentPipeline.Prediction;

/// <summary>Column names of the prediction pipeline. The ONNX ones equal the model's input and output names.</summary>
public static class SentimentColumnNames
{
    /// <summary>The review text (string).</summary>
    public const string Text = "Text";

    /// <summary>The segmented, filtered tokens (vector of string).</summary>
    public const string Tokens = "Tokens";

    /// <summary>Token ids, PAD-filled to the model's maximum length (vector of Int64): the ONNX input <c>token_ids</c>.</summary>
    public const string TokenIds = ModelTensorNames.TokenIds;

    /// <summary>Real number of ids (vector of one Int32): the ONNX input <c>lengths</c>.</summary>
    public const string Lengths = ModelTensorNames.Lengths;

    /// <summary>Character ids, PAD-filled to the model's maximum character count (vector of Int64): the ONNX input <c>char_ids</c>.</summary>
    public const string CharIds = ModelTensorNames.CharIds;

    /// <summary>Class probabilities, negative then positive (vector of two Single): the ONNX output <c>probabilities</c>.</summary>
    public const string Probabilities = ModelTensorNames.Probabilities;

    /// <summary>The predicted label (string).</summary>
    public const string PredictedLabel = "PredictedLabel";

    /// <summary>Probability of the negative class (Single).</summary>
    public const string NegativeProbability = "NegativeProbability";

    /// <summary>Probability of the positive class (Single).</summary>
    public const string PositiveProbability = "PositiveProbability";
}
