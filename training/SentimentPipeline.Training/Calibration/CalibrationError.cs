namespace SentimentPipeline.Training.Calibration;

/// <summary>
/// Expected calibration error as Guo et al. (2017) define it: confidence = probability of the predicted class
/// (the positive class when p ≥ 0.5), reviews grouped into <see cref="DefaultBins"/> equal-width bins over [0, 1]
/// (bin b holds confidences in (b/B, (b+1)/B], the first also 0), ECE = Σ_b (n_b / n) · |accuracy_b − mean confidence_b|.
/// With two classes confidences are ≥ 0.5, so only the upper half of the bins fills.
/// </summary>
public static class CalibrationError
{
    /// <summary>Bins of the reported ECE and the reliability diagram.</summary>
    public const int DefaultBins = 15;

    /// <summary>The reliability bins of positive probabilities against labels.</summary>
    public static IReadOnlyList<ReliabilityBin> Bins(IReadOnlyList<int> labels, IReadOnlyList<double> positiveProbabilities, int bins = DefaultBins)
    {
        ArgumentNullException.ThrowIfNull(labels);
        ArgumentNullException.ThrowIfNull(positiveProbabilities);
        ArgumentOutOfRangeException.ThrowIfLessThan(bins, 1);
        if (labels.Count != positiveProbabilities.Count)
        {
            throw new ArgumentException("labels and probabilities must have the same length.", nameof(positiveProbabilities));
        }

        var count = new int[bins];
        var confidenceSum = new double[bins];
        var correct = new int[bins];
        for (var i = 0; i < labels.Count; i++)
        {
            var p = positiveProbabilities[i];
            var predictsPositive = p >= 0.5;
            var confidence = predictsPositive ? p : 1 - p;
            var bin = Math.Clamp((int)Math.Ceiling(confidence * bins) - 1, 0, bins - 1);
            count[bin]++;
            confidenceSum[bin] += confidence;
            correct[bin] += predictsPositive == (labels[i] == 1) ? 1 : 0;
        }

        return Enumerable.Range(0, bins).Select(b => new ReliabilityBin(
            b / (double)bins,
            (b + 1) / (double)bins,
            count[b],
            count[b] == 0 ? double.NaN : confidenceSum[b] / count[b],
            count[b] == 0 ? double.NaN : correct[b] / (double)count[b])).ToList();
    }

    /// <summary>The expected calibration error of the bins (0 for no reviews).</summary>
    public static double Expected(IReadOnlyList<ReliabilityBin> bins)
    {
        ArgumentNullException.ThrowIfNull(bins);
        var total = bins.Sum(b => b.Count);
        return total == 0 ? 0 : bins.Where(b => b.Count > 0).Sum(b => b.Count / (double)total * Math.Abs(b.Accuracy - b.MeanConfidence));
    }

    /// <summary>The expected calibration error of positive probabilities against labels.</summary>
    public static double Expected(IReadOnlyList<int> labels, IReadOnlyList<double> positiveProbabilities, int bins = DefaultBins) =>
        Expected(Bins(labels, positiveProbabilities, bins));
}
