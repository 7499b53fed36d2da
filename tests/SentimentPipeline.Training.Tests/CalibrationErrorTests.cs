using SentimentPipeline.Training.Calibration;

namespace SentimentPipeline.Training.Tests;

public sealed class CalibrationErrorTests
{
    [Fact]
    public void Expected_OneReviewPerBin_IsMeanGapBetweenConfidenceAndCorrectness()
    {
        // Confidences 0.95 (right), 0.75 (wrong), 0.65 (right), 0.55 (right) in bins 14, 11, 9 and 8 of 15.
        var ece = CalibrationError.Expected([1, 0, 0, 1], [0.95, 0.75, 0.35, 0.55]);

        Assert.Equal((0.05 + 0.75 + 0.35 + 0.45) / 4, ece, 12);
    }

    [Fact]
    public void Bins_TwoReviewsInOneBin_AverageConfidenceAndAccuracy()
    {
        var bins = CalibrationError.Bins([1, 1], [0.9, 0.92]);

        Assert.Equal(15, bins.Count);
        var filled = Assert.Single(bins, b => b.Count > 0);
        Assert.Equal(13 / 15.0, filled.Lower, 12);
        Assert.Equal(14 / 15.0, filled.Upper, 12);
        Assert.Equal(0.91, filled.MeanConfidence, 12);
        Assert.Equal(1.0, filled.Accuracy);
        Assert.Equal(0.09, CalibrationError.Expected(bins), 12);
    }

    [Fact]
    public void Bins_CertainPrediction_FallsInLastBin()
    {
        var bins = CalibrationError.Bins([0], [0.0]);

        Assert.Equal(1, bins[14].Count);
        Assert.Equal(0, CalibrationError.Expected(bins));
    }

    [Fact]
    public void Expected_NoReviews_IsZero()
    {
        Assert.Equal(0, CalibrationError.Expected([], []));
    }
}
