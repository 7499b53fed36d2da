namespace SentimentPipeline.Training.CheckpointExport;

/// <summary>
/// Reviews scored by TorchSharp when the model was exported, kept beside it (<see cref="FileName"/>) so that any
/// other runtime can check it reproduces them (tests/node/check-parity.js does for onnxruntime-node).
/// </summary>
/// <param name="Tolerance">The largest absolute difference in a probability that counts as equal.</param>
/// <param name="Batches">The batches, each scored as one run.</param>
/// <param name="MaxAbsDifferenceOnnxRuntimeDotNet">Measured max |TorchSharp − ONNX Runtime C#| over all batches.</param>
public sealed record OnnxParitySample(double Tolerance, IReadOnlyList<OnnxParityBatch> Batches, double MaxAbsDifferenceOnnxRuntimeDotNet)
{
    /// <summary>File name inside the output directory.</summary>
    public const string FileName = "onnx-parity.json";
}
