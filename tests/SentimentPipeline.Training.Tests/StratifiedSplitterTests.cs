using SentimentPipeline.Training.Data;

namespace SentimentPipeline.Training.Tests;

public sealed class StratifiedSplitterTests
{
    private static readonly string[] Strata = [.. Enumerable.Range(0, 1000).Select(i => i % 4 == 0 ? "pos" : "neg")];

    [Fact]
    public void Split_CoversEveryRowOnce()
    {
        var split = StratifiedSplitter.Split(Strata, 0.1, 0.1, seed: 1);

        Assert.Equal(Enumerable.Range(0, 1000), split.Train.Concat(split.Validation).Concat(split.Test).Order());
    }

    [Fact]
    public void Split_KeepsClassShareInEachPart()
    {
        var split = StratifiedSplitter.Split(Strata, 0.1, 0.1, seed: 1);

        Assert.Equal((800, 100, 100), (split.Train.Length, split.Validation.Length, split.Test.Length));
        Assert.Equal(25, split.Test.Count(i => Strata[i] == "pos"));
        Assert.Equal(25, split.Validation.Count(i => Strata[i] == "pos"));
    }

    [Fact]
    public void Split_SameSeed_SameSplit_OtherSeed_Different()
    {
        var a = StratifiedSplitter.Split(Strata, 0.1, 0.1, seed: 1);
        var b = StratifiedSplitter.Split(Strata, 0.1, 0.1, seed: 1);
        var c = StratifiedSplitter.Split(Strata, 0.1, 0.1, seed: 2);

        Assert.Equal(a.Test, b.Test);
        Assert.NotEqual(a.Test, c.Test);
    }
}
