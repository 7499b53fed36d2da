using SentimentPipeline.OnnxExport.Proto;
using SentimentPipeline.OnnxExport.Tests.Support;
using SentimentPipeline.OnnxExport.Weights;
using SentimentPipeline.OnnxExport.Wide;

namespace SentimentPipeline.OnnxExport.Tests;

/// <summary>The exported wide path against <see cref="WideFeatureSet"/>'s own features, in ONNX Runtime alone.</summary>
public sealed class WideGraphTests
{
    private const int Vocabulary = 30;

    [Fact]
    public void Serialize_WideOnly_GivesTheLogisticModelOfTheFeatureSet()
    {
        // Deep logits zero (classifier zero), so P(positive) = σ(w · x + b) of the wide path alone.
        var (batch, features, positive, model) = RandomWideModel(positiveBias: 0.4f);

        var probabilities = OnnxRuntimeScorer.Score(model, batch);

        Assert.True(features.Tokens.Count > 0 && features.Characters.Count > 0);
        for (var b = 0; b < batch.BatchSize; b++)
        {
            var (indices, values) = features.Featurize(batch.Row(b), batch.CharRow(b));
            var score = indices.Select((f, k) => (double)positive[f] * values[k]).Sum() + 0.4;
            Assert.Equal(1 / (1 + Math.Exp(-score)), probabilities[(2 * b) + 1], 5);
        }
    }

    [Fact]
    public void Serialize_Wide_LooksUpSortedKeysInsteadOfADenseFeatureVector()
    {
        var features = FeaturesOf(TokenBatch.Random(64, sequenceLength: 9, Vocabulary, seed: 5));
        var weights = WithWide(features, new float[features.Count], positiveBias: 0);

        var model = ModelProto.Parser.ParseFrom(SentimentOnnxExporter.Serialize(weights, TestMetadata.For(Vocabulary)));

        var lookups = model.Graph.Node.Where(n => n.OpType == "LabelEncoder").ToList();
        Assert.Equal(2, lookups.Count);
        Assert.All(lookups, n => Assert.Equal("ai.onnx.ml", n.Domain));
        Assert.Equal([features.Tokens.Count, features.Characters.Count], lookups.Select(n => n.Attribute.Single(a => a.Name == "keys_int64s").Ints.Count));
        Assert.Equal(2, model.Graph.Node.Count(n => n.OpType == "TopK"));
        Assert.DoesNotContain(model.Graph.Node, n => n.OpType is "TfIdfVectorizer" or "MatMul" or "ReduceSum");
        Assert.Contains(model.OpsetImport, o => o.Domain == "ai.onnx.ml" && o.Version == 2);
    }

    [Fact]
    public void Serialize_ReviewRepeatingAnNGram_CountsItOnce()
    {
        // Token 3 four times, character 5 eight times: binary TF, so each is one feature of value idf before the norm.
        var repeated = new TokenBatch([3, 3, 3, 3, 0, 0], [4], 6, [5, 5, 5, 5, 5, 5, 5, 5, 0, 0, 0, 0], 12);
        long[] tokens = [3, 3, 3, 3];
        long[] characters = [5, 5, 5, 5, 5, 5, 5, 5];
        var features = WideFeatureSet.Fit([(tokens, characters), (tokens, characters), ([3, 4], [5, 6])], maxFeatures: 120);
        var positive = Enumerable.Range(0, features.Count).Select(f => (float)((f % 7) - 3)).ToArray();
        var probabilities = OnnxRuntimeScorer.Score(SentimentOnnxExporter.Serialize(WithWide(features, positive, positiveBias: 0.1f), TestMetadata.For(Vocabulary)), repeated);

        var (indices, values) = features.Featurize(tokens, characters);
        var score = indices.Select((f, k) => (double)positive[f] * values[k]).Sum() + 0.1;
        Assert.Equal(5, indices.Length); // 3, 3 3 and 5, 5 5, 5 5 5
        Assert.All(values, v => Assert.True(v > 0));
        Assert.Equal(1 / (1 + Math.Exp(-score)), probabilities[1], 5);
    }

    [Fact]
    public void Serialize_ReviewAloneAtItsOwnWidth_ScoresTheSameBitsAsInAPaddedBatch()
    {
        var (batch, _, _, model) = RandomWideModel(positiveBias: 0.4f);

        var batched = OnnxRuntimeScorer.Score(model, batch);

        for (var b = 0; b < batch.BatchSize; b++)
        {
            var length = batch.Lengths[b];
            var alone = new TokenBatch(batch.Row(b)[..length], [length], length, batch.CharRow(b)[..batch.CharLengthOf(b)], batch.CharLengthOf(b));
            Assert.Equal(batched[(2 * b) + 1], OnnxRuntimeScorer.Score(model, alone)[1]);
        }
    }

    [Fact]
    public void Serialize_WideWeightsOfWrongShape_NamesTheParameter()
    {
        var features = FeaturesOf(TokenBatch.Random(64, sequenceLength: 9, Vocabulary, seed: 5));
        var weights = WithWide(features, new float[features.Count], positiveBias: 0);
        weights = weights with { Wide = weights.Wide! with { Weights = new WeightTensor(new float[features.Count], [features.Count, 1]) } };

        var error = Assert.Throws<InvalidModelWeightsException>(() => SentimentOnnxExporter.Serialize(weights, TestMetadata.For(Vocabulary)));

        Assert.Equal(ModelParameterNames.WideWeights, error.ParameterName);
    }

    /// <summary>37 random reviews, and a wide-only model over the features of 64 others with random positive weights.</summary>
    private static (TokenBatch Batch, WideFeatureSet Features, float[] Positive, byte[] Model) RandomWideModel(float positiveBias)
    {
        var batch = TokenBatch.Random(37, sequenceLength: 9, Vocabulary, seed: 4);
        var features = FeaturesOf(TokenBatch.Random(64, sequenceLength: 9, Vocabulary, seed: 5));
        var random = new Random(3);
        var positive = Enumerable.Range(0, features.Count).Select(_ => (float)(random.NextDouble() * 6 - 3)).ToArray();
        var model = SentimentOnnxExporter.Serialize(WithWide(features, positive, positiveBias), TestMetadata.For(Vocabulary));
        return (batch, features, positive, model);
    }

    private static WideFeatureSet FeaturesOf(TokenBatch batch) => WideFeatureSet.Fit(
        [.. Enumerable.Range(0, batch.BatchSize).Select(b => (batch.Row(b)[..batch.Lengths[b]], batch.CharRow(b)[..batch.CharLengthOf(b)]))],
        maxFeatures: 120);

    private static SentimentModelWeights WithWide(WideFeatureSet features, float[] positive, float positiveBias)
    {
        var deep = RandomWeights.Create(Vocabulary, embedding: 5, hidden: 3, layers: 1, bidirectional: true);
        var wideWeights = new float[features.Count * 2];
        for (var f = 0; f < features.Count; f++)
        {
            wideWeights[(2 * f) + 1] = positive[f];
        }

        return deep with
        {
            ClassifierWeight = new WeightTensor(new float[deep.ClassifierWeight.Values.Length], deep.ClassifierWeight.Shape),
            ClassifierBias = new WeightTensor(new float[2], [2]),
            Wide = new WidePathWeights(features.Tokens, features.Characters, new WeightTensor([.. features.Idf], [features.Count]),
                new WeightTensor(wideWeights, [features.Count, 2]), new WeightTensor([0f, positiveBias], [2])),
        };
    }
}
