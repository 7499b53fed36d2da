using ScottPlot;
using SentimentPipeline.ModelBundle;
using SentimentPipeline.Training.Calibration;
using SentimentPipeline.Training.Evaluation;

namespace SentimentPipeline.Training.Reporting;

/// <summary>Writes the report's PNG plots (atomically).</summary>
public static class PlotWriter
{
    /// <summary>File name of the loss-per-epoch plot.</summary>
    public const string LossPlot = "loss.png";

    /// <summary>File name of the accuracy-per-epoch plot.</summary>
    public const string AccuracyPlot = "accuracy.png";

    /// <summary>File name of the LSTM's test confusion matrix.</summary>
    public const string ConfusionMatrixPlot = "confusion-matrix.png";

    /// <summary>File name of the baseline's test confusion matrix.</summary>
    public const string BaselineConfusionMatrixPlot = "confusion-matrix-baseline.png";

    /// <summary>File name of the reliability diagram (test split, before and after temperature scaling).</summary>
    public const string CalibrationPlot = "calibration.png";

    private const int Width = 800;
    private const int Height = 500;

    /// <summary>Writes all plots of a report into <paramref name="directory"/>.</summary>
    public static void WriteAll(MetricsReport report, string directory)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentException.ThrowIfNullOrEmpty(directory);
        var history = report.Training.History;
        WriteCurves(Path.Combine(directory, LossPlot), "Cross-entropy loss per epoch", "loss", history,
            e => e.TrainLoss, e => e.ValidationLoss, report.Training.BestEpoch, Alignment.UpperRight);
        WriteCurves(Path.Combine(directory, AccuracyPlot), "Accuracy per epoch", "accuracy", history,
            e => e.TrainAccuracy, e => e.ValidationAccuracy, report.Training.BestEpoch, Alignment.LowerRight);
        WriteConfusionMatrix(Path.Combine(directory, ConfusionMatrixPlot), $"{(report.Model.Bidirectional ? "BiLSTM" : "LSTM")} test confusion matrix (accuracy {report.Test.Accuracy:P2})", report.Test.ConfusionMatrix);
        WriteBaselineConfusionMatrix(report.Baseline, directory);
        WriteReliabilityDiagram(Path.Combine(directory, CalibrationPlot), report.Calibration);
    }

    private static void WriteReliabilityDiagram(string path, CalibrationReport calibration)
    {
        var plot = new Plot();
        var ideal = plot.Add.Line(0.5, 0.5, 1, 1);
        ideal.LinePattern = LinePattern.Dashed;
        ideal.LineColor = Colors.Gray;
        ideal.LegendText = "perfect calibration";
        AddReliabilityCurve(plot, calibration.Test.BinsBefore, FormattableString.Invariant($"before (T = 1): ECE {calibration.Test.EceBefore:F4}"));
        AddReliabilityCurve(plot, calibration.Test.BinsAfter, FormattableString.Invariant($"after (T = {calibration.Temperature:F3}): ECE {calibration.Test.EceAfter:F4}"));
        plot.Title($"Reliability diagram, test split ({calibration.Bins} equal-width confidence bins)");
        plot.XLabel("mean confidence of the predicted class in the bin");
        plot.YLabel("accuracy in the bin");
        plot.Axes.SetLimits(0.48, 1.02, 0, 1.02);
        plot.ShowLegend(Alignment.LowerRight);
        Save(plot, path);
    }

    private static void AddReliabilityCurve(Plot plot, IReadOnlyList<ReliabilityBin> bins, string legend)
    {
        var filled = bins.Where(b => b.Count > 0).ToArray();
        var curve = plot.Add.Scatter(filled.Select(b => b.MeanConfidence).ToArray(), filled.Select(b => b.Accuracy).ToArray());
        curve.LegendText = legend;
        curve.MarkerSize = 8;
    }

    /// <summary>Writes <see cref="BaselineConfusionMatrixPlot"/> into <paramref name="directory"/>.</summary>
    public static void WriteBaselineConfusionMatrix(BaselineReport baseline, string directory)
    {
        ArgumentNullException.ThrowIfNull(baseline);
        ArgumentException.ThrowIfNullOrEmpty(directory);
        WriteConfusionMatrix(Path.Combine(directory, BaselineConfusionMatrixPlot), $"Baseline test confusion matrix (accuracy {baseline.Test.Accuracy:P2})", baseline.Test.ConfusionMatrix);
    }

    private static void WriteCurves(string path, string title, string yLabel, IReadOnlyList<EpochResult> history, Func<EpochResult, double> train, Func<EpochResult, double> validation, int bestEpoch, Alignment legend)
    {
        var plot = new Plot();
        double[] epochs = [.. history.Select(e => (double)e.Epoch)];
        var trainLine = plot.Add.Scatter(epochs, history.Select(train).ToArray());
        trainLine.LegendText = "train (dropout on)";
        var validationLine = plot.Add.Scatter(epochs, history.Select(validation).ToArray());
        validationLine.LegendText = "validation";
        var best = plot.Add.VerticalLine(bestEpoch);
        best.LinePattern = LinePattern.Dashed;
        best.LegendText = $"kept checkpoint (epoch {bestEpoch})";
        plot.Title(title);
        plot.XLabel("epoch");
        plot.YLabel(yLabel);
        plot.Axes.Bottom.TickGenerator = new ScottPlot.TickGenerators.NumericFixedInterval(1);
        plot.ShowLegend(legend);
        plot.Axes.SetLimitsX(0.75, history.Count + 0.25);
        Save(plot, path);
    }

    private static void WriteConfusionMatrix(string path, string title, ConfusionMatrix matrix)
    {
        var plot = new Plot();
        // Rows: actual class (negative on top); columns: predicted class. Shade = share of the actual class.
        int[,] counts = { { matrix.TrueNegatives, matrix.FalsePositives }, { matrix.FalseNegatives, matrix.TruePositives } };
        for (var actual = 0; actual < 2; actual++)
        {
            var rowTotal = Math.Max(1, counts[actual, 0] + counts[actual, 1]);
            for (var predicted = 0; predicted < 2; predicted++)
            {
                var share = counts[actual, predicted] / (double)rowTotal;
                double top = 2 - actual;
                var cell = plot.Add.Rectangle(predicted, predicted + 1, top - 1, top);
                cell.FillColor = Colors.SteelBlue.WithAlpha(0.1 + (0.85 * share));
                cell.LineColor = Colors.White;
                var label = plot.Add.Text($"{counts[actual, predicted]}\n{share:P1}", predicted + 0.5, top - 0.5);
                label.LabelFontSize = 22;
                label.LabelAlignment = Alignment.MiddleCenter;
                label.LabelFontColor = share > 0.5 ? Colors.White : Colors.Black;
            }
        }

        plot.Title(title);
        plot.XLabel("predicted");
        plot.YLabel("actual");
        plot.Axes.Bottom.TickGenerator = new ScottPlot.TickGenerators.NumericManual([0.5, 1.5], ["negative", "positive"]);
        plot.Axes.Left.TickGenerator = new ScottPlot.TickGenerators.NumericManual([1.5, 0.5], ["negative", "positive"]);
        plot.Axes.SetLimits(0, 2, 0, 2);
        Save(plot, path);
    }

    private static void Save(Plot plot, string path) =>
        AtomicFile.WriteAllBytes(path, plot.GetImageBytes(Width, Height, ImageFormat.Png));
}
