using SentimentPipeline.OnnxExport.Graph;
using SentimentPipeline.OnnxExport.Weights;

namespace SentimentPipeline.OnnxExport.Tests;

public sealed class LstmGateLayoutTests
{
    [Fact]
    public void ReorderGateBlocks_PyTorchOrder_BecomesOnnxInputOutputForgetCell()
    {
        // Two rows per gate block, valued by gate: i = 1, f = 2, g = 3, o = 4.
        float[] pyTorch = [1, 1, 2, 2, 3, 3, 4, 4];

        Assert.Equal([1, 1, 4, 4, 2, 2, 3, 3], LstmGateLayout.ReorderGateBlocks(pyTorch));
    }

    [Fact]
    public void Biases_Bidirectional_AreInputThenHiddenBiasPerDirectionForwardFirst()
    {
        static WeightTensor Filled(float value) => new(Enumerable.Repeat(value, 4).ToArray(), [4]);
        var empty = new WeightTensor(new float[4], [4, 1]);
        var layer = new LstmLayerWeights(
            new LstmDirectionWeights(empty, empty, Filled(1), Filled(2)),
            new LstmDirectionWeights(empty, empty, Filled(3), Filled(4)));

        Assert.Equal([1, 1, 1, 1, 2, 2, 2, 2, 3, 3, 3, 3, 4, 4, 4, 4], LstmGateLayout.Biases(layer));
    }
}
