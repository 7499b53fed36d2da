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
            : $"{lstm} (epoch {report.Training.BestEpoch}) + n-grams (L2 {report.Training.Wide?.L2Regularization})";
        var table = new Table().Title($"Test split: {report.Test.Count} reviews of {Markup.Escape(Path.GetFileName(report.Corpus.Path))}")
            .AddColumn("metric").AddColumn(new TableColumn(model).RightAligned()).AddColumn(new TableColumn("baseline (TF-IDF LR)").RightAligned());
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
            $"Training: {SkipGram(report.Training.SkipGramEpochs)}{report.Training.EpochsRun} epochs, {report.Training.SecondsPerEpoch:F1} s/epoch ({report.Training.CpuSecondsPerEpoch:F1} s CPU), {report.Training.Seconds:F0} s; " +
            $"whole run {report.TotalSeconds:F0} s; load average {report.Training.LoadAverage ?? "n/a"}; " +
            $"{report.Corpus.TestTextsAlsoInTrain} test texts also occur in the training split.");
        WriteBaselineSummary(console, report.Baseline);
        var calibration = report.Calibration;
        console.MarkupLine(Markup.Escape(FormattableString.Invariant(
            $"Calibration: temperature {calibration.Temperature:F4} (fitted on validation NLL); ECE ({calibration.Bins} bins) validation {calibration.Validation.EceBefore:F4} → {calibration.Validation.EceAfter:F4}, test {calibration.Test.EceBefore:F4} → {calibration.Test.EceAfter:F4}; test NLL {calibration.Test.NllBefore:F4} → {calibration.Test.NllAfter:F4}.")));
    }

    private static string SkipGram(int epochs) => epochs > 0 ? $"{epochs} skip-gram epochs, then " : string.Empty;

    /// <summary>Writes the baseline's validation and test metrics alone (the <c>baseline</c> command).</summary>
    public static void WriteBaseline(IAnsiConsole console, BaselineReport baseline)
    {
        ArgumentNullException.ThrowIfNull(console);
        ArgumentNullException.ThrowIfNull(baseline);
        var table = new Table().Title("Baseline").AddColumn("metric").AddColumn(new TableColumn("validation").RightAligned()).AddColumn(new TableColumn("test").RightAligned());
        foreach (var (name, metric) in new (string, Func<ClassificationMetrics, double>)[]
                 { ("accuracy", m => m.Accuracy), ("precision", m => m.Precision), ("recall", m => m.Recall), ("F1", m => m.F1), ("ROC-AUC", m => m.RocAuc) })
        {
            table.AddRow(name, $"{metric(baseline.Validation):F4}", $"{metric(baseline.Test):F4}");
        }

        table.AddRow("confusion [[TN FP; FN TP]]", Confusion(baseline.Validation.ConfusionMatrix), Confusion(baseline.Test.ConfusionMatrix));
        console.Write(table);
        WriteBaselineSummary(console, baseline);
    }

    private static void WriteBaselineSummary(IAnsiConsole console, BaselineReport baseline)
    {
        var candidates = string.Join(", ", baseline.Candidates.Select(c => FormattableString.Invariant($"{c.L2Regularization:G3} → {c.ValidationAccuracy:F4}")));
        console.MarkupLine(Markup.Escape(
            $"Baseline: {baseline.Description}; {baseline.WordFeatures:N0} word + {baseline.CharFeatures:N0} char features; " +
            $"L2 {baseline.L2Regularization:G3} chosen on validation accuracy ({candidates}); " +
            $"{baseline.Seconds:F1} s ({baseline.FeaturizeSeconds:F1} s features, {baseline.TrainSeconds:F1} s training {baseline.Candidates.Count} candidates and scoring)."));
    }

    private static void AddRow(Table table, string name, double model, double baseline)
    {
        var modelCell = model > baseline ? $"[bold]{model:F4}[/]" : $"{model:F4}";
        table.AddRow(name, modelCell, $"{baseline:F4}");
    }

    private static string Confusion(ConfusionMatrix m) => $"[[{m.TrueNegatives} {m.FalsePositives}; {m.FalseNegatives} {m.TruePositives}]]";
}
