using SentimentPipeline.OnnxExport;
using SentimentPipeline.OnnxExport.Weights;
using SentimentPipeline.Prediction;
using SentimentPipeline.Preprocessing;
using SentimentPipeline.Preprocessing.Bundle;

namespace SentimentPipeline.Prediction.Tests.Support;

/// <summary>
/// Writes model bundles with seeded random weights through the project's exporter, with metadata that can be bent,
/// for the loader's checks. Predictions of such a model are meaningless; the trained fixture covers those.
/// </summary>
internal static class TestBundles
{
    public const int MaxLength = 16;

    public static OnnxModelMetadata Metadata(Vocabulary vocabulary, string dictionarySha256) => new(
        Labels: [SentimentLabels.Negative, SentimentLabels.Positive],
        MaxLength: MaxLength,
        MaxCharacters: 2 * MaxLength,
        PadId: Vocabulary.PadId,
        UnkId: Vocabulary.UnkId,
        PreprocessingVersion: TextEncoder.PreprocessingVersion,
        DictionarySha256: dictionarySha256,
        MetricsJson: """{"accuracy":0.5}""",
        VocabularyTokens: vocabulary.Tokens);

    /// <summary>Writes model.onnx (random weights, <paramref name="metadata"/>) and vocabulary.json (<paramref name="vocabularyFile"/>).</summary>
    public static void Write(string directory, OnnxModelMetadata metadata, Vocabulary vocabularyFile, int seed = 7)
    {
        Directory.CreateDirectory(directory);
        var weights = RandomWeights(metadata.VocabularyTokens.Count, embedding: 8, hidden: 6, seed);
        SentimentOnnxExporter.Export(weights, metadata, Path.Combine(directory, ModelBundleFiles.Model));
        vocabularyFile.Save(Path.Combine(directory, ModelBundleFiles.Vocabulary));
    }

    private static SentimentModelWeights RandomWeights(int vocabulary, int embedding, int hidden, int seed)
    {
        var random = new Random(seed);
        LstmDirectionWeights Direction() => new(
            Tensor(random, 4 * hidden, embedding), Tensor(random, 4 * hidden, hidden), Tensor(random, 4 * hidden), Tensor(random, 4 * hidden));
        return new SentimentModelWeights(
            Tensor(random, vocabulary, embedding),
            [new LstmLayerWeights(Direction(), Direction())],
            Tensor(random, 2, 2 * hidden),
            Tensor(random, 2));
    }

    private static WeightTensor Tensor(Random random, params int[] shape)
    {
        var values = new float[shape.Aggregate(1, (a, b) => a * b)];
        for (var i = 0; i < values.Length; i++)
        {
            values[i] = (float)((random.NextDouble() * 2) - 1);
        }

        return new WeightTensor(values, shape);
    }
}
