namespace SentimentPipeline.Training.Tests;

public sealed class EarlyStoppingTests
{
    [Fact]
    public void Observe_OnlineShoppingRun_KeepsEpochThreeAndStopsAfterFive()
    {
        var stopping = new EarlyStopping(patience: 2);
        (double Accuracy, double Loss)[] epochs = [(0.8998, 0.2563), (0.9149, 0.2295), (0.9215, 0.2292), (0.9162, 0.2313), (0.9204, 0.2553)];

        var decisions = epochs.Select((e, i) => stopping.Observe(i + 1, e.Accuracy, e.Loss)).ToArray();

        Assert.Equal([(true, false), (true, false), (true, false), (false, true), (false, true)], decisions);
        Assert.Equal(3, stopping.BestEpoch);
        Assert.True(stopping.ShouldStop);
    }

    [Fact]
    public void Observe_AccuracyFlatButLossFalling_KeepsTraining()
    {
        var stopping = new EarlyStopping(patience: 1);

        stopping.Observe(1, 0.6667, 0.665);
        var second = stopping.Observe(2, 0.6333, 0.656);
        var third = stopping.Observe(3, 0.6667, 0.650);

        Assert.Equal((false, false), second);
        Assert.Equal((true, false), third);
        Assert.Equal(3, stopping.BestEpoch);
        Assert.False(stopping.ShouldStop);
    }

    [Fact]
    public void Observe_NoProgress_StopsAfterPatience()
    {
        var stopping = new EarlyStopping(patience: 2);
        stopping.Observe(1, 0.9, 0.2);

        stopping.Observe(2, 0.8, 0.3);
        Assert.False(stopping.ShouldStop);
        stopping.Observe(3, 0.85, 0.25);

        Assert.True(stopping.ShouldStop);
        Assert.Equal(1, stopping.BestEpoch);
    }
}
