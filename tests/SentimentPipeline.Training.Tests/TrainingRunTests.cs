using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;
using SentimentPipeline.ModelBundle;
using SentimentPipeline.Preprocessing;
using SentimentPipeline.Preprocessing.Corpus;
using SentimentPipeline.Training.Data;
using SentimentPipeline.Training.Reporting;

namespace SentimentPipeline.Training.Tests;

[Trait("Category", "Slow")]
public sealed class TrainingRunTests
{
    [Fact]
    public void Run_DefaultCorpus_WritesCheckpointMetricsAndPlots()
    {
        using var output = new TemporaryDirectory();
        var console = new QuietConsole();

        var report = new TrainingRun(TinyRun.Options(RepositoryPaths.DefaultCorpus, output.Path), console.Console).Run();

        using var metrics = JsonDocument.Parse(File.ReadAllText(Path.Combine(output.Path, ModelBundleFiles.Metrics)));
        var root = metrics.RootElement;
        Assert.Equal(report.Test.Accuracy, root.GetProperty("test").GetProperty("accuracy").GetDouble());
        Assert.InRange(root.GetProperty("test").GetProperty("f1").GetDouble(), 0, 1);
        Assert.InRange(root.GetProperty("baseline").GetProperty("test").GetProperty("accuracy").GetDouble(), 0, 1);
        Assert.Equal(294, report.Corpus.Reviews);
        Assert.Equal(report.Corpus.Reviews, report.Corpus.Train + report.Corpus.Validation + report.Corpus.Test);
        Assert.Equal(report.Test.Count, report.Test.ConfusionMatrix.Total);
        Assert.Equal(ProbeSentences.All.Count, report.Probes.Count);
        Assert.InRange(report.Training.EpochsRun, 1, 3);
        foreach (var plot in new[] { PlotWriter.LossPlot, PlotWriter.AccuracyPlot, PlotWriter.ConfusionMatrixPlot, PlotWriter.BaselineConfusionMatrixPlot, PlotWriter.CalibrationPlot })
        {
            Assert.Equal([0x89, (byte)'P', (byte)'N', (byte)'G'], File.ReadAllBytes(Path.Combine(output.Path, plot))[..4]);
        }

        Assert.Contains("Probe sentences", console.Text, StringComparison.Ordinal);
        var calibration = root.GetProperty("calibration");
        Assert.Equal(report.Calibration.Temperature, calibration.GetProperty("temperature").GetDouble());
        Assert.Equal(15, calibration.GetProperty("bins").GetInt32());
        Assert.Equal(report.Test.Count, report.Calibration.Test.BinsAfter.Sum(b => b.Count));
        Assert.True(report.Calibration.Validation.NllAfter <= report.Calibration.Validation.NllBefore);
        Assert.Equal(report.Baseline.Candidates.Count, root.GetProperty("baseline").GetProperty("candidates").GetArrayLength());
    }

    [Fact]
    public void Run_ResidualFolds_TrainsTheDeepPathOnTopOfTheNgramsAndKeepsTheSum()
    {
        using var output = new TemporaryDirectory();
        var console = new QuietConsole();

        var report = new TrainingRun(TinyRun.Options(RepositoryPaths.DefaultCorpus, output.Path) with { ResidualFolds = 3 }, console.Console).Run();

        var mix = report.Training.Mix!;
        Assert.Equal((1.0, 1.0, 0.0), (mix.DeepScale, mix.WideScale, mix.PositiveBias));
        Assert.Contains("3-fold cross-fitted", console.Text, StringComparison.Ordinal);
        // Early stopping watched the sum, so the kept epoch's validation accuracy is the sum's.
        Assert.Equal(report.Training.History[report.Training.BestEpoch - 1].ValidationAccuracy, mix.ValidationAccuracy, 6);
    }

    [Fact]
    public void Run_SkipGramEpochs_PretrainsTheEmbeddingFirst()
    {
        using var output = new TemporaryDirectory();
        var console = new QuietConsole();

        var report = new TrainingRun(TinyRun.Options(RepositoryPaths.DefaultCorpus, output.Path) with { SkipGramEpochs = 2 }, console.Console).Run();

        Assert.Contains("skip-gram epoch 2/2", console.Text, StringComparison.Ordinal);
        Assert.Equal((2, 2), (report.Training.Options.SkipGramEpochs, report.Training.SkipGramEpochs));
    }

    [Fact]
    public void Run_DefaultSkipGramBudget_SmallCorpusIsNotPretrained()
    {
        using var output = new TemporaryDirectory();
        var console = new QuietConsole();

        var report = new TrainingRun(TinyRun.Options(RepositoryPaths.DefaultCorpus, output.Path), console.Console).Run();

        var pairs = Regex.Match(console.Text, @"skip-gram: ([\d,]+) pairs an epoch, too few to pretrain on\.");
        Assert.True(pairs.Success, console.Text);
        Assert.InRange(long.Parse(pairs.Groups[1].Value, NumberStyles.AllowThousands, CultureInfo.InvariantCulture), 1, TrainingOptions.MinSkipGramPairs - 1);
        Assert.Equal(0, report.Training.SkipGramEpochs);
        Assert.DoesNotContain("skip-gram epoch", console.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Run_Checkpoint_ReloadsToTheSamePredictions()
    {
        using var output = new TemporaryDirectory();
        var report = new TrainingRun(TinyRun.Options(RepositoryPaths.DefaultCorpus, output.Path), new QuietConsole().Console).Run();

        using var checkpoint = TrainedCheckpoint.Load(output.Path);

        Assert.Equal(report.Model, checkpoint.Info.Model);
        Assert.Equal(report.Calibration.Temperature, checkpoint.Info.Temperature);
        Assert.Equal(TextEncoder.PreprocessingVersion, checkpoint.Info.PreprocessingVersion);
        var encoder = new TextEncoder(Segmentation.JiebaSegmenter.CreateDefault(), checkpoint.Vocabulary, checkpoint.Info.MaxLength);
        var texts = report.Probes.Select(p => encoder.Encode(p.Text)).ToArray();
        var (probabilities, _) = ClassifierScoring.Score(checkpoint.Model, new EncodedDataset(texts, new int[texts.Length]), [.. Enumerable.Range(0, texts.Length)], checkpoint.Info.Temperature);
        Assert.Equal(report.Probes.Select(p => p.PositiveProbability), probabilities, (a, b) => Math.Abs(a - b) < 1e-6);
    }

    [Fact]
    public void Run_SameSeedTwice_RepeatsExactly()
    {
        using var first = new TemporaryDirectory();
        using var second = new TemporaryDirectory();

        var a = new TrainingRun(TinyRun.Options(RepositoryPaths.DefaultCorpus, first.Path, seed: 3), new QuietConsole().Console).Run();
        var b = new TrainingRun(TinyRun.Options(RepositoryPaths.DefaultCorpus, second.Path, seed: 3), new QuietConsole().Console).Run();

        Assert.Equal(a.Training.History.Select(e => (e.TrainLoss, e.ValidationLoss)), b.Training.History.Select(e => (e.TrainLoss, e.ValidationLoss)));
        Assert.Equal(a.Test with { PerCategory = null! }, b.Test with { PerCategory = null! });
        Assert.Equal(File.ReadAllBytes(Path.Combine(first.Path, TrainedCheckpoint.WeightsFile)), File.ReadAllBytes(Path.Combine(second.Path, TrainedCheckpoint.WeightsFile)));
    }

    [Fact]
    public void Run_CorpusWithCategories_ReportsPerCategoryAccuracy()
    {
        using var output = new TemporaryDirectory();
        var corpus = Path.Combine(output.Path, "categories.csv");
        var rows = File.ReadLines(RepositoryPaths.DefaultCorpus).Skip(1)
            .Select((line, i) => $"{(i % 2 == 0 ? "甲" : "乙")},{(line.EndsWith("正面", StringComparison.Ordinal) ? 1 : 0)},{line[..line.LastIndexOf(',')]}");
        File.WriteAllLines(corpus, ["cat,label,review", .. rows]);

        var report = new TrainingRun(TinyRun.Options(corpus, Path.Combine(output.Path, "out")) with { Epochs = 1 }, new QuietConsole().Console).Run();

        Assert.Equal(["乙", "甲"], report.Test.PerCategory.Keys.Order(StringComparer.Ordinal));
        Assert.Equal(report.Test.Count, report.Test.PerCategory.Values.Sum(c => c.Count));
        Assert.Equal(["乙", "甲"], report.Baseline.Test.PerCategory.Keys.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Run_InvalidRowWithoutSkip_ThrowsNamingLine()
    {
        using var output = new TemporaryDirectory();
        var corpus = Path.Combine(output.Path, "bad.csv");
        File.WriteAllText(corpus, "evaluation,label\n很好,正面\n,负面\n");

        var error = Assert.Throws<CorpusFormatException>(() => new TrainingRun(TinyRun.Options(corpus, output.Path), new QuietConsole().Console).Run());

        Assert.Equal((3, "evaluation"), (error.Line, error.Field));
    }

    [Fact]
    public void Run_InvalidRowsWithSkip_CountsThemInReport()
    {
        using var output = new TemporaryDirectory();
        var corpus = Path.Combine(output.Path, "skips.csv");
        File.WriteAllLines(corpus, [.. File.ReadLines(RepositoryPaths.DefaultCorpus), ",负面", "好,中性", "坏,\"负面"]);

        var report = new TrainingRun(TinyRun.Options(corpus, Path.Combine(output.Path, "out")) with { Epochs = 1, SkipInvalidRows = true }, new QuietConsole().Console).Run();

        Assert.Equal(294, report.Corpus.Reviews);
        Assert.Equal(1, report.Corpus.SkippedRows[CorpusProblemKind.EmptyText]);
        Assert.Equal(1, report.Corpus.SkippedRows[CorpusProblemKind.UnknownLabel]);
        Assert.Equal(1, report.Corpus.SkippedRows[CorpusProblemKind.BrokenQuote]);
    }
}
