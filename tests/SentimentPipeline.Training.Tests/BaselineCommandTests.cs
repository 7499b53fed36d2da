using System.CommandLine;
using System.Text.Json;
using SentimentPipeline.ModelBundle;
using SentimentPipeline.Training.Baseline;
using SentimentPipeline.Training.Cli;
using SentimentPipeline.Training.Reporting;

namespace SentimentPipeline.Training.Tests;

public sealed class BaselineCommandTests
{
    [Trait("Category", "Slow")] // trains the baseline on corpus.csv
    [Fact]
    public void Invoke_DefaultCorpus_WritesReportPlotAndSplitTokensOfTheTrainSplit()
    {
        using var directory = new TemporaryDirectory();
        var splitFile = Path.Combine(directory.Path, "split.jsonl");
        var console = new QuietConsole();

        var exit = new RootCommand { BaselineCommand.Create(console.Console) }.Parse([
            "baseline", "--corpus", RepositoryPaths.DefaultCorpus, "--output", directory.Path, "--split-file", splitFile,
        ]).Invoke();

        Assert.Equal(0, exit);
        using var report = JsonDocument.Parse(File.ReadAllText(Path.Combine(directory.Path, BaselineRun.ReportFile)));
        var root = report.RootElement;
        Assert.Equal(294, root.GetProperty("reviews").GetInt32());
        Assert.Equal(root.GetProperty("testReviews").GetInt32(), root.GetProperty("baseline").GetProperty("test").GetProperty("count").GetInt32());
        Assert.Equal(TfIdfLogisticBaseline.DefaultL2Grid.Count, root.GetProperty("baseline").GetProperty("candidates").GetArrayLength());
        Assert.True(File.Exists(Path.Combine(directory.Path, PlotWriter.BaselineConfusionMatrixPlot)));

        var rows = File.ReadAllLines(splitFile).Select(line => JsonDocument.Parse(line).RootElement).ToArray();
        Assert.Equal(294, rows.Length);
        var counts = rows.GroupBy(r => r.GetProperty("split").GetString()).ToDictionary(g => g.Key!, g => g.Count());
        Assert.Equal(root.GetProperty("trainReviews").GetInt32(), counts["train"]);
        Assert.Equal(root.GetProperty("validationReviews").GetInt32(), counts["validation"]);
        Assert.Equal(root.GetProperty("testReviews").GetInt32(), counts["test"]);
        Assert.All(rows, r => Assert.True(r.GetProperty("tokens").GetArrayLength() > 0));
    }

    [Trait("Category", "Slow")]
    [Fact]
    public void Invoke_SameSeedAsTrain_UsesTheSameSplitAsATrainingRun()
    {
        using var directory = new TemporaryDirectory();
        var console = new QuietConsole();

        new RootCommand { BaselineCommand.Create(console.Console) }.Parse(["baseline", "--corpus", RepositoryPaths.DefaultCorpus, "--output", directory.Path, "--seed", "7"]).Invoke();
        var training = new TrainingRun(TinyRun.Options(RepositoryPaths.DefaultCorpus, Path.Combine(directory.Path, "train"), seed: 7) with { Epochs = 1 }, new QuietConsole().Console).Run();

        using var report = JsonDocument.Parse(File.ReadAllText(Path.Combine(directory.Path, BaselineRun.ReportFile)));
        var baseline = report.RootElement.GetProperty("baseline");
        Assert.Equal(training.Baseline.Test.Accuracy, baseline.GetProperty("test").GetProperty("accuracy").GetDouble());
        Assert.Equal(training.Baseline.L2Regularization, baseline.GetProperty("l2Regularization").GetDouble());
    }

    [Fact]
    public void Invoke_MissingCorpus_ExitsWithCorpusCode()
    {
        var exit = new RootCommand { BaselineCommand.Create(new QuietConsole().Console) }.Parse(["baseline", "--corpus", "/nonexistent/x.csv"]).Invoke();

        Assert.Equal(ExitCodes.InvalidInput, exit);
    }
}
