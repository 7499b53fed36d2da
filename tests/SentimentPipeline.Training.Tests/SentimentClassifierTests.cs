using TorchSharp;
using static TorchSharp.torch;

namespace SentimentPipeline.Training.Tests;

public sealed class SentimentClassifierTests
{
    public SentimentClassifierTests()
    {
        TorchSharpNativeLoader.EnsureLoaded();
    }

    [Theory]
    [InlineData(1, false, false)]
    [InlineData(2, true, false)]
    [InlineData(1, true, true)]
    public void Forward_ExtraPadding_DoesNotChangeLogits(int layers, bool bidirectional, bool attentionPooling)
    {
        torch.manual_seed(5);
        using var model = WideTestModels.Create(new ModelOptions(30, 8, 6, layers, bidirectional, Dropout: 0.3, MaxPooling: true, AttentionPooling: attentionPooling), seed: 5);
        model.eval();
        using var scope = NewDisposeScope();

        var shortInput = model.call(tensor(new long[] { 4, 9, 2 }, [1, 3]), tensor(new long[] { 3 }), tensor(new long[] { 4, 9, 2, 5 }, [1, 4]));
        var padded = model.call(tensor(new long[] { 4, 9, 2, 0, 0, 0, 0, 0, 0, 0 }, [1, 10]), tensor(new long[] { 3 }), tensor(new long[] { 4, 9, 2, 5, 0, 0, 0 }, [1, 7]));

        Assert.True(shortInput.allclose(padded, rtol: 0, atol: 1e-6));
    }

    [Fact]
    public void Forward_UnsortedBatch_MatchesEachReviewAlone()
    {
        torch.manual_seed(6);
        using var model = WideTestModels.Create(new ModelOptions(30, 8, 6, 1, true, Dropout: 0, MaxPooling: true), seed: 6);
        model.eval();
        using var scope = NewDisposeScope();
        long[][] reviews = [[5, 6], [7, 8, 9, 10, 11], [12]];
        var ids = new long[reviews.Length * 5];
        for (var i = 0; i < reviews.Length; i++)
        {
            reviews[i].CopyTo(ids, i * 5);
        }

        var batch = model.call(tensor(ids, [3, 5]), tensor(reviews.Select(r => (long)r.Length).ToArray()), tensor(ids, [3, 5]));

        for (var i = 0; i < reviews.Length; i++)
        {
            var alone = model.call(tensor(reviews[i], [1, reviews[i].Length]), tensor(new long[] { reviews[i].Length }), tensor(reviews[i], [1, reviews[i].Length]));
            Assert.True(batch[i].allclose(alone[0], rtol: 0, atol: 1e-6), $"review {i}");
        }
    }

    [Fact]
    public void Parameters_FollowTheExportContract()
    {
        using var model = new SentimentClassifier(new ModelOptions(30, 8, 6, 2, true));

        var names = model.named_parameters().Select(p => p.name).ToHashSet();

        Assert.Contains("embedding.weight", names);
        Assert.Contains("lstm.weight_ih_l1_reverse", names);
        Assert.Contains("lstm.bias_hh_l0", names);
        Assert.Contains("classifier.weight", names);
        Assert.Equal([2L, 12L], model.named_parameters().Single(p => p.name == "classifier.weight").parameter.shape);
    }

    [Fact]
    public void Parameters_DenseHead_AddsDenseLayerAndNarrowsClassifier()
    {
        using var model = new SentimentClassifier(new ModelOptions(30, 8, 6, 1, true, DenseSize: 5));

        var shapes = model.named_parameters().ToDictionary(p => p.name, p => p.parameter.shape);

        Assert.Equal([5L, 12L], shapes["dense.weight"]);
        Assert.Equal([5L], shapes["dense.bias"]);
        Assert.Equal([2L, 5L], shapes["classifier.weight"]);
    }

    [Fact]
    public void Parameters_AttentionPooling_AddsAttentionAndWidensClassifier()
    {
        using var model = new SentimentClassifier(new ModelOptions(30, 8, 6, 1, true, MaxPooling: true, AttentionPooling: true));

        var shapes = model.named_parameters().ToDictionary(p => p.name, p => p.parameter.shape);

        Assert.Equal([12L, 12L], shapes["attention_projection.weight"]);
        Assert.Equal([12L], shapes["attention_projection.bias"]);
        Assert.Equal([1L, 12L], shapes["attention_score.weight"]);
        Assert.Equal([2L, 36L], shapes["classifier.weight"]);
    }

    [Fact]
    public void Parameters_NoDenseHead_HasNoDenseParameters()
    {
        using var model = new SentimentClassifier(new ModelOptions(30, 8, 6, 1, true));

        Assert.DoesNotContain(model.named_parameters(), p => p.name.StartsWith("dense.", StringComparison.Ordinal));
    }

    [Fact]
    public void Constructor_InvalidOptions_Throws()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new SentimentClassifier(new ModelOptions(30, Dropout: 1.5)));
        Assert.Throws<ArgumentOutOfRangeException>(() => new SentimentClassifier(new ModelOptions(1)));
        Assert.Throws<ArgumentOutOfRangeException>(() => new SentimentClassifier(new ModelOptions(30, DenseSize: -1)));
    }
}
