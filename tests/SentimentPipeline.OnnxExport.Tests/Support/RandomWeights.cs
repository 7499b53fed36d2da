using SentimentPipeline.OnnxExport.Weights;

namespace SentimentPipeline.OnnxExport.Tests.Support;

/// <summary>Seeded random model weights of any size, for tests that do not need a trained model.</summary>
internal static class RandomWeights
{
    public static SentimentModelWeights Create(int vocabulary, int embedding, int hidden, int layers, bool bidirectional, int seed = 7, int dense = 0, double temperature = 1)
    {
        var random = new Random(seed);
        var directions = bidirectional ? 2 : 1;
        var layerList = new List<LstmLayerWeights>();
        for (var layer = 0; layer < layers; layer++)
        {
            var input = layer == 0 ? embedding : directions * hidden;
            layerList.Add(new LstmLayerWeights(
                Direction(random, input, hidden),
                bidirectional ? Direction(random, input, hidden) : null));
        }

        var embeddingWeights = Tensor(random, vocabulary, embedding);
        var denseWeight = dense > 0 ? Tensor(random, dense, directions * hidden) : null;
        var denseBias = dense > 0 ? Tensor(random, dense) : null;
        return new SentimentModelWeights(
            embeddingWeights,
            layerList,
            Tensor(random, 2, dense > 0 ? dense : directions * hidden),
            Tensor(random, 2),
            DenseWeight: denseWeight,
            DenseBias: denseBias,
            Temperature: temperature);
    }

    public static LstmDirectionWeights Direction(Random random, int input, int hidden) => new(
        Tensor(random, 4 * hidden, input),
        Tensor(random, 4 * hidden, hidden),
        Tensor(random, 4 * hidden),
        Tensor(random, 4 * hidden));

    public static WeightTensor Tensor(Random random, params int[] shape)
    {
        var values = new float[shape.Aggregate(1, (a, b) => a * b)];
        for (var i = 0; i < values.Length; i++)
        {
            values[i] = (float)(random.NextDouble() * 2 - 1);
        }

        return new WeightTensor(values, shape);
    }
}
