using SentimentPipeline.Preprocessing.Bundle;

namespace SentimentPipeline.OnnxExport;

/// <summary>The exported graph's interface: input and output names, symbolic axes and format versions.</summary>
public static class SentimentOnnxNames
{
    /// <summary>Input: token ids, int64 [batch, sequence], PAD-filled after each review's real length.</summary>
    public const string TokenIds = ModelTensorNames.TokenIds;

    /// <summary>Input: character ids, int64 [batch, characters], PAD-filled after each review's real character count.</summary>
    public const string CharIds = ModelTensorNames.CharIds;

    /// <summary>Input: real length of each review, int32 [batch], each in 1..sequence.</summary>
    public const string Lengths = ModelTensorNames.Lengths;

    /// <summary>Output: class probabilities, float [batch, 2] (0 = negative, 1 = positive).</summary>
    public const string Probabilities = ModelTensorNames.Probabilities;

    /// <summary>The symbolic batch axis.</summary>
    public const string BatchAxis = "batch";

    /// <summary>The symbolic sequence axis.</summary>
    public const string SequenceAxis = "sequence";

    /// <summary>The symbolic character axis.</summary>
    public const string CharacterAxis = "characters";

    /// <summary>The ONNX operator set the graph uses.</summary>
    public const int OpsetVersion = 17;

    /// <summary>The ONNX IR version written: 8, the one that introduced opset 17, so older readers load the file too.</summary>
    public const int IrVersion = 8;
}
