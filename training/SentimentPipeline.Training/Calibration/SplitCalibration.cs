namespace SentimentPipeline.Training.Calibration;

/// <summary>Calibration of one split before (T = 1) and after temperature scaling.</summary>
/// <param name="EceBefore">Expected calibration error at T = 1.</param>
/// <param name="EceAfter">Expected calibration error at the fitted T.</param>
/// <param name="NllBefore">Mean negative log-likelihood at T = 1.</param>
/// <param name="NllAfter">Mean negative log-likelihood at the fitted T.</param>
/// <param name="BinsBefore">Reliability bins at T = 1.</param>
/// <param name="BinsAfter">Reliability bins at the fitted T.</param>
public sealed record SplitCalibration(
    double EceBefore,
    double EceAfter,
    double NllBefore,
    double NllAfter,
    IReadOnlyList<ReliabilityBin> BinsBefore,
    IReadOnlyList<ReliabilityBin> BinsAfter)
{
    /// <summary>Measures a split's logit margins against its labels at T = 1 and at <paramref name="temperature"/>.</summary>
    public static SplitCalibration Measure(IReadOnlyList<double> logitMargins, IReadOnlyList<int> labels, double temperature, int bins = CalibrationError.DefaultBins)
    {
        ArgumentNullException.ThrowIfNull(logitMargins);
        ArgumentNullException.ThrowIfNull(labels);
        var before = CalibrationError.Bins(labels, logitMargins.Select(m => TemperatureScaling.PositiveProbability(m, 1)).ToArray(), bins);
        var after = CalibrationError.Bins(labels, logitMargins.Select(m => TemperatureScaling.PositiveProbability(m, temperature)).ToArray(), bins);
        return new SplitCalibration(
            CalibrationError.Expected(before),
            CalibrationError.Expected(after),
            TemperatureScaling.NegativeLogLikelihood(logitMargins, labels, 1),
            TemperatureScaling.NegativeLogLikelihood(logitMargins, labels, temperature),
            before,
            after);
    }
}
