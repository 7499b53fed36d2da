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
    public void Fit_AlreadyCalibratedMargins_NeverRaisesTheNll()
    {
        // Margins divided by their own fitted temperature have their optimum at T = 1 exactly: the fit must not
        // return a T next to 1 whose NLL is an ulp worse (a tiny training run hit this).
        var random = new Random(7);
        for (var trial = 0; trial < 200; trial++)
        {
            var labels = Enumerable.Range(0, 30).Select(_ => random.Next(2)).ToArray();
            var margins = labels.Select(l => ((l == 1 ? 1.5 : -1.5) + (random.NextDouble() * 6) - 3) * 2).ToArray();
            var fitted = TemperatureScaling.Fit(margins, labels);
            var calibrated = margins.Select(m => m / fitted).ToArray();

            var temperature = TemperatureScaling.Fit(calibrated, labels);

            Assert.True(
                TemperatureScaling.NegativeLogLikelihood(calibrated, labels, temperature) <= TemperatureScaling.NegativeLogLikelihood(calibrated, labels, 1),
                $"trial {trial}: T = {temperature:R}");
        }
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
