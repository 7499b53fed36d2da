namespace SentimentPipeline.ModelBundle;

/// <summary>
/// File names inside a model bundle directory. A bundle is what training leaves and prediction loads:
/// the ONNX model, the vocabulary it was trained with, and the evaluation report.
/// </summary>
public static class ModelBundleFiles
{
    /// <summary>The ONNX model: inputs <c>token_ids</c> int64 [batch, sequence] and <c>lengths</c> int32 [batch],
    /// output <c>probabilities</c> float [batch, 2] (index 0 negative, 1 positive).</summary>
    public const string Model = "model.onnx";

    /// <summary>The vocabulary (token per id, 0 = PAD, 1 = UNK) written by the text encoder.</summary>
    public const string Vocabulary = "vocabulary.json";

    /// <summary>
    /// SHA-256 of <see cref="Model"/> and <see cref="Vocabulary"/> as the exporter wrote them, one <c>HEX  NAME</c> line
    /// each (the format of <c>sha256sum</c>, so <c>sha256sum -c SHA256SUMS</c> checks a bundle too). Written last.
    /// </summary>
    public const string Checksums = "SHA256SUMS";

    /// <summary>The evaluation report of the training run that produced the model.</summary>
    public const string Metrics = "metrics.json";
}
