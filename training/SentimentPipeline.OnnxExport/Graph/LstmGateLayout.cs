using SentimentPipeline.OnnxExport.Weights;

namespace SentimentPipeline.OnnxExport.Graph;

/// <summary>
/// Converts one LSTM layer from PyTorch layout (per direction: gate blocks input, forget, cell, output; two
/// separate biases) to the tensors of the ONNX <c>LSTM</c> operator: W [dirs, 4H, in], R [dirs, 4H, H] and
/// B [dirs, 8H] with gate blocks input, output, forget, cell and B = [Wb; Rb] per direction.
/// </summary>
internal static class LstmGateLayout
{
    /// <summary>For each ONNX gate block (i, o, f, c), the PyTorch block (i=0, f=1, g=2, o=3) it comes from.</summary>
    private static readonly int[] PyTorchBlockOfOnnxBlock = [0, 3, 1, 2];

    /// <summary>ONNX W for the layer's directions, forward first.</summary>
    public static float[] InputWeights(LstmLayerWeights layer) =>
        Concat(Directions(layer).Select(d => ReorderGateBlocks(d.InputWeights.Values)));

    /// <summary>ONNX R for the layer's directions, forward first.</summary>
    public static float[] RecurrentWeights(LstmLayerWeights layer) =>
        Concat(Directions(layer).Select(d => ReorderGateBlocks(d.HiddenWeights.Values)));

    /// <summary>ONNX B for the layer's directions, forward first: per direction the reordered input bias, then the reordered hidden bias.</summary>
    public static float[] Biases(LstmLayerWeights layer) =>
        Concat(Directions(layer).SelectMany(d => new[] { ReorderGateBlocks(d.InputBias.Values), ReorderGateBlocks(d.HiddenBias.Values) }));

    /// <summary>Reorders the four equal row blocks of a gate-stacked tensor from PyTorch to ONNX order.</summary>
    public static float[] ReorderGateBlocks(float[] pyTorchOrder)
    {
        var blockLength = pyTorchOrder.Length / 4;
        var onnxOrder = new float[pyTorchOrder.Length];
        for (var onnxBlock = 0; onnxBlock < 4; onnxBlock++)
        {
            Array.Copy(pyTorchOrder, PyTorchBlockOfOnnxBlock[onnxBlock] * blockLength, onnxOrder, onnxBlock * blockLength, blockLength);
        }

        return onnxOrder;
    }

    private static IEnumerable<LstmDirectionWeights> Directions(LstmLayerWeights layer) =>
        layer.Backward is null ? [layer.Forward] : [layer.Forward, layer.Backward];

    private static float[] Concat(IEnumerable<float[]> parts) => parts.SelectMany(p => p).ToArray();
}
