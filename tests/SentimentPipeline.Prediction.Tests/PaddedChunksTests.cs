namespace SentimentPipeline.Prediction.Tests;

/// <summary><see cref="PaddedChunks.Ends"/>: the cheapest split of length-sorted reviews into ONNX Runtime calls.</summary>
public sealed class PaddedChunksTests
{
    [Fact]
    public void Ends_EqualLengths_FillsChunksToTheBatchSize()
    {
        var lengths = Enumerable.Repeat(20, 10).ToArray();

        Assert.Equal([4, 8, 10], PaddedChunks.Ends(lengths, maxRows: 4));
    }

    [Fact]
    public void Ends_OneLongReviewAmongShortOnes_ScoresItAlone()
    {
        // 31 reviews of 10 tokens and one of 128: together 32 × 128 = 4,096 padded positions, apart 310 + 128 + 2 calls.
        int[] lengths = [.. Enumerable.Repeat(10, 31), 128];

        Assert.Equal([31, 32], PaddedChunks.Ends(lengths, maxRows: 64, callCost: 96));
    }

    [Fact]
    public void Ends_CallsCostMoreThanAnyPadding_UsesAsFewCallsAsTheBatchSizeAllows()
    {
        int[] lengths = [1, 2, 3, 50, 60, 128, 128];

        Assert.Equal([7], PaddedChunks.Ends(lengths, maxRows: 8, callCost: 1_000_000));
        Assert.Equal(2, PaddedChunks.Ends(lengths, maxRows: 4, callCost: 1_000_000).Count);
    }

    [Fact]
    public void Ends_NearlyFreeCalls_ScoresEachLengthOnItsOwn()
    {
        int[] lengths = [3, 3, 7, 7, 7, 9];

        Assert.Equal([2, 5, 6], PaddedChunks.Ends(lengths, maxRows: 16, callCost: 1));
    }

    [Fact]
    public void Ends_NoReviews_NoChunks()
    {
        Assert.Empty(PaddedChunks.Ends([], maxRows: 16));
    }
}
