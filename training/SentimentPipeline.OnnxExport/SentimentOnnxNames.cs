namespace SentimentPipeline.OnnxExport;

/// <summary>
/// The exported graph's symbolic axes and format versions. Input and output names are part of the bundle contract
/// (<see cref="SentimentPipeline.ModelBundle.ModelTensorNames"/>), which the prediction library binds to as well.
/// </summary>
public static class SentimentOnnxNames
{
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
