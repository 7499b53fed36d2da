using SentimentPipeline.ModelBundle;
using SentimentPipeline.OnnxExport;
using SentimentPipeline.OnnxExport.Weights;
using SentimentPipeline.Preprocessing;
using SentimentPipeline.TestSupport;

namespace SentimentPipeline.Service.Tests.Support;

/// <summary>
/// A bundle that loads (every weight finite, the metadata right) but scores every review NaN: the LSTM gates are
/// saturated open, so each hidden unit is about 0.76, and a classifier weight of float.MaxValue overflows both logits
/// to +∞; softmax of (∞, ∞) is NaN. Stands for a model corrupted where no load check can see it.
/// </summary>
internal static class NonFiniteBundle
{
    public static void Write(string directory, Vocabulary vocabulary, string dictionarySha256)
    {
        const int Embedding = 4;
        const int Hidden = 3;
        Directory.CreateDirectory(directory);
        LstmDirectionWeights Direction() => new(
            Filled(0, 4 * Hidden, Embedding), Filled(0, 4 * Hidden, Hidden), Filled(10, 4 * Hidden), Filled(10, 4 * Hidden));
        var weights = new SentimentModelWeights(
            Filled(0.1f, vocabulary.Count, Embedding),
            [new LstmLayerWeights(Direction(), Direction())],
            Filled(float.MaxValue, 2, 2 * Hidden),
            Filled(0, 2));
        SentimentOnnxExporter.Export(weights, TestBundles.Metadata(vocabulary, dictionarySha256), Path.Combine(directory, ModelBundleFiles.Model));
        vocabulary.Save(Path.Combine(directory, ModelBundleFiles.Vocabulary));
        ModelBundleChecksums.Write(directory);
    }

    private static WeightTensor Filled(float value, params int[] shape)
        => new(Enumerable.Repeat(value, shape.Aggregate(1, (a, b) => a * b)).ToArray(), shape);
}
