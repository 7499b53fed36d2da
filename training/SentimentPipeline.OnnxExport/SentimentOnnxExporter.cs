using Google.Protobuf;
using SentimentPipeline.ModelBundle;
using SentimentPipeline.OnnxExport.Graph;
using SentimentPipeline.OnnxExport.Weights;

namespace SentimentPipeline.OnnxExport;

/// <summary>
/// Exports the trained sentiment classifier as an ONNX model (opset <see cref="SentimentOnnxNames.OpsetVersion"/>)
/// that describes itself through <c>metadata_props</c>.
/// </summary>
public static class SentimentOnnxExporter
{
    /// <summary>Validates weights and metadata and returns the serialized ONNX model.</summary>
    /// <exception cref="InvalidModelWeightsException">A parameter has the wrong shape, size or a non-finite value.</exception>
    /// <exception cref="ArgumentException">The metadata is incomplete or disagrees with the weights.</exception>
    public static byte[] Serialize(SentimentModelWeights weights, OnnxModelMetadata metadata)
    {
        ArgumentNullException.ThrowIfNull(weights);
        ArgumentNullException.ThrowIfNull(metadata);
        return SentimentModelBuilder.Build(weights, metadata).ToByteArray();
    }

    /// <summary>Validates, serializes and writes the model to <paramref name="path"/> atomically.</summary>
    /// <returns>The number of bytes written.</returns>
    public static long Export(SentimentModelWeights weights, OnnxModelMetadata metadata, string path)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        var bytes = Serialize(weights, metadata);
        AtomicFile.WriteAllBytes(path, bytes);
        return bytes.LongLength;
    }
}
