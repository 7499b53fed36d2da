using System.Runtime.InteropServices;
using SentimentPipeline.ModelBundle;
using SentimentPipeline.OnnxExport;
using SentimentPipeline.OnnxExport.Weights;
using SentimentPipeline.Prediction;
using SentimentPipeline.Preprocessing;

namespace SentimentPipeline.TestSupport;

/// <summary>
/// Writes model bundles with seeded random weights through the project's exporter, with metadata that can be bent,
/// for the loader's checks. Predictions of such a model are meaningless; the trained fixture covers those.
/// </summary>
public static class TestBundles
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

    // A classifier bias no random weight produces, so that its bytes can be found in model.onnx and replaced.
    private static readonly float[] MarkerBias = [1234.5677f, -7654.3213f];

    /// <summary>Writes model.onnx (random weights, <paramref name="metadata"/>), vocabulary.json (<paramref name="vocabularyFile"/>) and their checksums.</summary>
    public static void Write(string directory, OnnxModelMetadata metadata, Vocabulary vocabularyFile, int seed = 7)
    {
        Directory.CreateDirectory(directory);
        var weights = RandomWeights(metadata.VocabularyTokens.Count, embedding: 8, hidden: 6, seed);
        SentimentOnnxExporter.Export(weights, metadata, Path.Combine(directory, ModelBundleFiles.Model));
        vocabularyFile.Save(Path.Combine(directory, ModelBundleFiles.Vocabulary));
        ModelBundleChecksums.Write(directory);
    }

    /// <summary>
    /// Like <see cref="Write"/>, but the classifier bias in model.onnx is NaN: the model loads, and every probability it
    /// gives is NaN (the exporter refuses non-finite weights, so the file is patched after export; the checksums match it).
    /// </summary>
    public static void WriteWithNaNBias(string directory, OnnxModelMetadata metadata, Vocabulary vocabularyFile)
    {
        Directory.CreateDirectory(directory);
        var weights = RandomWeights(metadata.VocabularyTokens.Count, embedding: 8, hidden: 6, seed: 7) with
        {
            ClassifierBias = new WeightTensor(MarkerBias, [2]),
        };
        var modelPath = Path.Combine(directory, ModelBundleFiles.Model);
        SentimentOnnxExporter.Export(weights, metadata, modelPath);
        var bytes = File.ReadAllBytes(modelPath);
        var marker = MemoryMarshal.AsBytes(MarkerBias.AsSpan());
        var at = bytes.AsSpan().IndexOf(marker);
        if (at < 0 || bytes.AsSpan(at + 1).IndexOf(marker) >= 0)
        {
            throw new InvalidOperationException("the classifier bias is not stored once as little-endian floats in model.onnx");
        }

        MemoryMarshal.AsBytes<float>([float.NaN, float.NaN]).CopyTo(bytes.AsSpan(at));
        File.WriteAllBytes(modelPath, bytes);
        vocabularyFile.Save(Path.Combine(directory, ModelBundleFiles.Vocabulary));
        ModelBundleChecksums.Write(directory);
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
