using SentimentPipeline.Training.Evaluation;

namespace SentimentPipeline.Training.Tests;

public sealed class MetricsCalculatorTests
{
    [Fact]
    public void Compute_KnownPredictions_GivesExactMetrics()
    {
        int[] labels = [1, 1, 1, 0, 0];
        double[] probabilities = [0.9, 0.6, 0.2, 0.7, 0.1];

        var metrics = MetricsCalculator.Compute(labels, probabilities, ["a", "a", "b", "b", "b"]);

        Assert.Equal(new ConfusionMatrix(1, 1, 1, 2), metrics.ConfusionMatrix);
        Assert.Equal(0.6, metrics.Accuracy, 12);
        Assert.Equal(2 / 3.0, metrics.Precision, 12);
        Assert.Equal(2 / 3.0, metrics.Recall, 12);
        Assert.Equal(2 / 3.0, metrics.F1, 12);
        Assert.Equal(4 / 6.0, metrics.RocAuc, 12);
        Assert.Equal(new CategoryAccuracy(2, 1.0), metrics.PerCategory["a"]);
        Assert.Equal(new CategoryAccuracy(3, 1 / 3.0), metrics.PerCategory["b"]);
    }

    [Fact]
    public void RocAuc_TiedScores_CountHalf()
    {
        Assert.Equal(0.5, MetricsCalculator.RocAuc([0, 1], [0.5, 0.5]));
        Assert.Equal(0.75, MetricsCalculator.RocAuc([0, 0, 1, 1], [0.1, 0.4, 0.35, 0.8]));
    }

    [Fact]
    public void RocAuc_OneClassOnly_IsNaN()
    {
        Assert.True(double.IsNaN(MetricsCalculator.RocAuc([1, 1], [0.2, 0.9])));
    }

    [Fact]
    public void Compute_NoPositivePredictions_PrecisionZeroNotNaN()
    {
        var metrics = MetricsCalculator.Compute([1, 0], [0.1, 0.2]);

        Assert.Equal((0.0, 0.0, 0.0), (metrics.Precision, metrics.Recall, metrics.F1));
        Assert.Empty(metrics.PerCategory);
    }

    [Fact]
    public void Compute_EmptySplit_Throws()
    {
        Assert.Throws<ArgumentException>(() => MetricsCalculator.Compute([], []));
    }
}
