namespace SentimentPipeline.Training.Tests;

public sealed class TrainingOptionsTests
{
    private static readonly TrainingOptions Defaults = new("corpus.csv", "out");

    [Theory]
    [InlineData(3_448, 10)]  // corpus.csv's training split: 54 steps an epoch, all 10 epochs fit in 4,000
    [InlineData(50_217, 5)]  // online_shopping's: 785 steps an epoch
    [InlineData(1_000_000, 1)] // more steps than the budget in one epoch: still one epoch
    public void DeepEpochs_DefaultStepBudget_LimitsLargeCorpora(int trainRows, int expected)
    {
        Assert.Equal(expected, Defaults.DeepEpochs(trainRows));
    }

    [Fact]
    public void Validate_NoSteps_IsRejected()
    {
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => (Defaults with { MaxSteps = 0 }).Validate());

        Assert.Equal(nameof(TrainingOptions.MaxSteps), error.ParamName);
    }
}
