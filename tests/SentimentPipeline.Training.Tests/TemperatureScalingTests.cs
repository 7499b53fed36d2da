using SentimentPipeline.Training.Calibration;

namespace SentimentPipeline.Training.Tests;

public sealed class TemperatureScalingTests
{
    [Fact]
    public void Fit_SameMarginThreeOfFourRight_IsMarginOverLogitOfThreeQuarters()
    {
        // NLL is minimal where σ(4 / T) = 3/4, i.e. T = 4 / ln 3.
        var temperature = TemperatureScaling.Fit([4, 4, 4, -4], [1, 1, 1, 1]);

        Assert.Equal(4 / Math.Log(3), temperature, 9);
    }

    [Fact]
    public void Fit_UnderconfidentMargins_GivesTemperatureBelowOne()
    {
        // σ(0.5) ≈ 0.62 but every review is right at that margin 9 times in 10: sharpen, T = 0.5 / ln 9.
        double[] margins = [.. Enumerable.Repeat(0.5, 9), -0.5];
        var temperature = TemperatureScaling.Fit(margins, Enumerable.Repeat(1, 10).ToArray());

        Assert.Equal(0.5 / Math.Log(9), temperature, 9);
    }

    [Fact]
    public void Fit_MixedMargins_MinimisesNegativeLogLikelihood()
    {
        double[] margins = [3.1, -0.4, 2.2, -5.0, 0.9, 1.7, -2.6, 4.4];
        int[] labels = [1, 1, 1, 0, 0, 1, 0, 1];

        var temperature = TemperatureScaling.Fit(margins, labels);

        var best = TemperatureScaling.NegativeLogLikelihood(margins, labels, temperature);
        Assert.True(best < TemperatureScaling.NegativeLogLikelihood(margins, labels, temperature * 1.01));
        Assert.True(best < TemperatureScaling.NegativeLogLikelihood(margins, labels, temperature / 1.01));
        Assert.True(best < TemperatureScaling.NegativeLogLikelihood(margins, labels, 1));
    }

    [Fact]
    public void Fit_NoReviews_IsOne()
    {
        Assert.Equal(1, TemperatureScaling.Fit([], []));
    }

    [Fact]
    public void NegativeLogLikelihood_LargeMargin_DoesNotOverflow()
    {
        Assert.Equal(1000, TemperatureScaling.NegativeLogLikelihood([1000], [0], 1), 9);
    }

    [Fact]
    public void Fit_NonFiniteMargin_IsRejected()
    {
        Assert.Throws<ArgumentException>(() => TemperatureScaling.Fit([double.NaN], [1]));
    }
}
