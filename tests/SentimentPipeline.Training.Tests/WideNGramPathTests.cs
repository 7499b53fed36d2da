using SentimentPipeline.OnnxExport.Wide;
using TorchSharp;
using static TorchSharp.torch;

namespace SentimentPipeline.Training.Tests;

public sealed class WideNGramPathTests
{
    // Three reviews: token ids, character ids (1 = UNK).
    private static readonly List<(long[] TokenIds, long[] CharIds)> Reviews =
    [
        ([4, 5, 6], [7, 8, 7, 8]),
        ([4, 5, 1], [7, 8, 9]),
        ([6, 4, 5], [1, 9, 9]),
    ];

    [Fact]
    public void Fit_KeepsNGramsOfTwoReviews_WithoutUnk_TokensThenCharacters()
    {
        var features = WideFeatureSet.Fit(Reviews, maxFeatures: 100);

        // Tokens: 4, 5, 6 (df 3, 3, 2), bigram 4 5 (df 3); 5 6, 5 1, 6 4 occur once or hold UNK.
        Assert.Equal([4, 0, 5, 0, 6, 0, 4, 5], features.Tokens.Ids);
        // Characters: 7, 8, 9 (df 2 each), bigram 7 8 (df 2); 8 7, 8 9, 9 9 and all trigrams occur once.
        Assert.Equal([7, 0, 0, 8, 0, 0, 9, 0, 0, 7, 8, 0], features.Characters.Ids);
        var idf = (float)(Math.Log(4.0 / 4.0) + 1);
        var idfTwo = (float)(Math.Log(4.0 / 3.0) + 1);
        Assert.Equal([idf, idf, idfTwo, idf, idfTwo, idfTwo, idfTwo, idfTwo], features.Idf);
    }

    [Fact]
    public void Fit_OverBudget_KeepsTheMostFrequent()
    {
        var features = WideFeatureSet.Fit(Reviews, maxFeatures: 3);

        // df 3: tokens 4, 5 and the bigram 4 5; everything else has df 2.
        Assert.Equal([4, 0, 5, 0, 4, 5], features.Tokens.Ids);
        Assert.Equal(0, features.Characters.Count);
    }

    [Fact]
    public void Featurize_RepeatedNGrams_BinaryTfIdf_EachGroupL2Normalised()
    {
        var features = WideFeatureSet.Fit(Reviews, maxFeatures: 100);

        // Tokens 4 4 5 (PAD after): 4 twice counts once, 5, bigram 4 5 (4 4 is no feature). Characters 9 alone.
        var (indices, values) = features.Featurize([4, 4, 5, 0, 0], [9, 0]);

        var four = features.Idf[0];
        var five = features.Idf[1];
        var fourFive = features.Idf[3];
        var norm = Math.Sqrt((four * four) + (five * five) + (fourFive * fourFive));
        Assert.Equal([0, 1, 3, 6], indices);
        Assert.Equal(four / norm, values[0], 6);
        Assert.Equal(five / norm, values[1], 6);
        Assert.Equal(fourFive / norm, values[2], 6);
        Assert.Equal(1f, values[3], 6);
    }

    [Fact]
    public void Forward_LinearModel_GivesLogisticProbability()
    {
        TorchSharpNativeLoader.EnsureLoaded();
        var features = WideFeatureSet.Fit(Reviews, maxFeatures: 100);
        using var path = new WideNGramPath(features.Tokens.Count, features.Characters.Count);
        path.SetFeatures(features);
        float[] weights = [0.5f, -1f, 2f, 0.25f, 3f, -0.5f, 1.5f, -2f];
        path.SetLinearModel(weights, positiveBias: -0.2f);
        long[] tokens = [4, 4, 5, 0, 0];
        long[] characters = [9, 7, 8, 0];

        using var scope = NewDisposeScope();
        using var noGrad = no_grad();
        var logits = path.call(tensor(tokens, [1, tokens.Length]), tensor(characters, [1, characters.Length])).data<float>().ToArray();

        var (indices, values) = features.Featurize(tokens, characters);
        var score = indices.Select((f, k) => weights[f] * values[k]).Sum() - 0.2f;
        Assert.Equal(0f, logits[0]);
        Assert.Equal(score, logits[1], 5);
    }

    [Fact]
    public void Features_AfterLoad_AreRebuiltFromTheBuffers()
    {
        TorchSharpNativeLoader.EnsureLoaded();
        var features = WideFeatureSet.Fit(Reviews, maxFeatures: 100);
        using var trained = new WideNGramPath(features.Tokens.Count, features.Characters.Count);
        trained.SetFeatures(features);
        var path = Path.Combine(Path.GetTempPath(), $"wide-{Guid.NewGuid():N}.weights");
        try
        {
            trained.save(path);
            using var loaded = new WideNGramPath(features.Tokens.Count, features.Characters.Count);
            loaded.load(path);

            Assert.Equal(features.Tokens.Ids, loaded.Features.Tokens.Ids);
            Assert.Equal(features.Characters.Ids, loaded.Features.Characters.Ids);
            Assert.Equal(features.Idf, loaded.Features.Idf);
        }
        finally
        {
            File.Delete(path);
        }
    }
}
