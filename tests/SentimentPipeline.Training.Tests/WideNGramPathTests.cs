using SentimentPipeline.OnnxExport.Wide;
using TorchSharp;
using static TorchSharp.torch;

namespace SentimentPipeline.Training.Tests;

public sealed class WideNGramPathTests
{
    private const int VocabularySize = 30;
    private const int Buckets = 53;

    [Fact]
    public void Forward_IdfOnlyOnTheReviewsBuckets_EqualsIdfOnAllBuckets()
    {
        // The C# bucket enumeration (used for the idf) and the tensor hashing (used by the model) must agree:
        // an idf that is 1 exactly on the buckets WideNGrams.DistinctBuckets finds gives the same logits as 1 everywhere.
        TorchSharpNativeLoader.EnsureLoaded();
        torch.manual_seed(3);
        long[] tokens = [4, 9, 9, 2, 1, 17];
        long[] characters = [5, 5, 5, 8, 21, 1, 3, 5, 8];
        using var path = new WideNGramPath(VocabularySize, Buckets);
        using (no_grad())
        {
            path.parameters().Single().copy_(randn(Buckets, 2));
        }

        var found = WideNGrams.DistinctBuckets(tokens, characters, VocabularySize, Buckets);
        path.SetInverseDocumentFrequencies(Enumerable.Range(0, Buckets).Select(b => found.Contains(b) ? 1f : 0f).ToArray());
        var onlyFound = Logits(path, tokens, characters);
        path.SetInverseDocumentFrequencies(Enumerable.Repeat(1f, Buckets).ToArray());
        var everywhere = Logits(path, tokens, characters);

        Assert.Equal(everywhere, onlyFound);
        Assert.NotEqual([0f, 0f], everywhere);
    }

    [Fact]
    public void Forward_RepeatedUnigram_CountsSublinearly()
    {
        // One token unigram feature (id 5) seen 3 times (UNK between, so no bigram): value (1 + ln 3)·idf, L2-normalised alone → weight · 1.
        TorchSharpNativeLoader.EnsureLoaded();
        using var path = new WideNGramPath(VocabularySize, Buckets);
        var bucket = WideNGrams.Bucket([5], WideNGrams.Kinds[0], VocabularySize, Buckets);
        using (no_grad())
        {
            var weights = zeros(Buckets, 2);
            weights[bucket, 1] = tensor(2.5f);
            path.parameters().Single().copy_(weights);
        }

        path.SetInverseDocumentFrequencies(Enumerable.Repeat(1.7f, Buckets).ToArray());

        var logits = Logits(path, [5, 1, 5, 1, 5], [1]);

        Assert.Equal(0f, logits[0]);
        Assert.Equal(2.5f, logits[1], 5);
    }

    private static float[] Logits(WideNGramPath path, long[] tokens, long[] characters)
    {
        using var scope = NewDisposeScope();
        using var noGrad = no_grad();
        return path.call(tensor(tokens, [1, tokens.Length]), tensor(characters, [1, characters.Length])).data<float>().ToArray();
    }
}
