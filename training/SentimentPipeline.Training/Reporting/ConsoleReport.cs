using SentimentPipeline.Training.Evaluation;
using Spectre.Console;

namespace SentimentPipeline.Training.Reporting;

/// <summary>Prints the report as tables: the model against the baseline, per category, and the probe sentences.</summary>
public static class ConsoleReport
{
    /// <summary>Writes the tables to <paramref name="console"/>.</summary>
    public static void Write(IAnsiConsole console, MetricsReport report)
    {
        ArgumentNullException.ThrowIfNull(console);
        ArgumentNullException.ThrowIfNull(report);
        var options = report.Training.Options;
        var lstm = options.Bidirectional ? "BiLSTM" : "LSTM";
        var model = report.Training.Mix is null
            ? $"{lstm} (epoch {report.Training.BestEpoch})"
            : $"{lstm} + n-grams (epochs {report.Training.BestEpoch}, {report.Training.WideBestEpoch})";
        var table = new Table().Title($"Test split: {report.Test.Count} reviews of {Markup.Escape(Path.GetFileName(report.Corpus.Path))}")
            .AddColumn("metric").AddColumn(new TableColumn(model).RightAligned()).AddColumn(new TableColumn("baseline (SDCA)").RightAligned());
        AddRow(table, "accuracy", report.Test.Accuracy, report.Baseline.Test.Accuracy);
        AddRow(table, "precision", report.Test.Precision, report.Baseline.Test.Precision);
        AddRow(table, "recall", report.Test.Recall, report.Baseline.Test.Recall);
        AddRow(table, "F1", report.Test.F1, report.Baseline.Test.F1);
        AddRow(table, "ROC-AUC", report.Test.RocAuc, report.Baseline.Test.RocAuc);
        table.AddRow("confusion [[TN FP; FN TP]]", Confusion(report.Test.ConfusionMatrix), Confusion(report.Baseline.Test.ConfusionMatrix));
        console.Write(table);
        if (report.Paths is { } paths)
        {
            console.MarkupLine($"Each path alone on the test split: {lstm} accuracy {paths.Deep.Accuracy:F4} (F1 {paths.Deep.F1:F4}), n-grams accuracy {paths.Wide.Accuracy:F4} (F1 {paths.Wide.F1:F4}).");
        }

        if (report.Test.PerCategory.Count > 0)
        {
            var categories = new Table().Title("Test accuracy per category").AddColumn("category").AddColumn(new TableColumn("reviews").RightAligned())
                .AddColumn(new TableColumn(model).RightAligned()).AddColumn(new TableColumn("baseline").RightAligned());
            foreach (var (name, accuracy) in report.Test.PerCategory)
            {
                var baseline = report.Baseline.Test.PerCategory.TryGetValue(name, out var b) ? $"{b.Accuracy:F4}" : "-";
                categories.AddRow(Markup.Escape(name), accuracy.Count.ToString(System.Globalization.CultureInfo.InvariantCulture), $"{accuracy.Accuracy:F4}", baseline);
            }

            console.Write(categories);
        }

        var probes = new Table().Title("Probe sentences").AddColumn("text").AddColumn("expected").AddColumn("predicted").AddColumn(new TableColumn("P(positive)").RightAligned());
        foreach (var probe in report.Probes)
        {
            var verdict = probe.Correct ? $"[green]{probe.Predicted}[/]" : $"[red]{probe.Predicted}[/]";
            probes.AddRow(Markup.Escape(probe.Text), probe.Expected, verdict, $"{probe.PositiveProbability:F4}");
        }

        console.Write(probes);
        console.MarkupLine(
            $"Training: {report.Training.EpochsRun} epochs, {report.Training.SecondsPerEpoch:F1} s/epoch ({report.Training.CpuSecondsPerEpoch:F1} s CPU), {report.Training.Seconds:F0} s; " +
            $"whole run {report.TotalSeconds:F0} s; load average {report.Training.LoadAverage ?? "n/a"}; " +
            $"{report.Corpus.TestTextsAlsoInTrain} test texts also occur in the training split.");
    }

    private static void AddRow(Table table, string name, double model, double baseline)
    {
        var modelCell = model > baseline ? $"[bold]{model:F4}[/]" : $"{model:F4}";
        table.AddRow(name, modelCell, $"{baseline:F4}");
    }

    private static string Confusion(ConfusionMatrix m) => $"[[{m.TrueNegatives} {m.FalsePositives}; {m.FalseNegatives} {m.TruePositives}]]";
}
