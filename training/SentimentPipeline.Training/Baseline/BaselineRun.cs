using System.Text.Json;
using SentimentPipeline.ModelBundle;
using SentimentPipeline.Segmentation;
using SentimentPipeline.Training.Data;
using SentimentPipeline.Training.Reporting;
using Spectre.Console;

namespace SentimentPipeline.Training.Baseline;

/// <summary>
/// The baseline alone (the <c>baseline</c> command): the same corpus reading, segmentation and split as a training
/// run with the same options, then <see cref="BaselineEvaluation"/>; writes <see cref="ReportFile"/> and the
/// baseline's confusion matrix, no neural model.
/// </summary>
public sealed class BaselineRun
{
    /// <summary>File name of the report in the output folder.</summary>
    public const string ReportFile = "baseline.json";

    private readonly TrainingOptions _options;
    private readonly IAnsiConsole _console;

    /// <summary>Creates a run; only the corpus, output, split and seed options matter.</summary>
    public BaselineRun(TrainingOptions options, IAnsiConsole console)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(console);
        options.Validate();
        _options = options;
        _console = console;
    }

    /// <summary>Runs the baseline; writes the split's tokens to <paramref name="splitFile"/> too when given.</summary>
    public BaselineRunReport Run(string? splitFile = null)
    {
        var output = Path.GetFullPath(_options.OutputDirectory);
        Directory.CreateDirectory(output);
        var prepared = PreparedCorpus.Load(_options, JiebaSegmenter.CreateDefault(), _console);
        if (splitFile is not null)
        {
            SplitTokensFile.Write(splitFile, prepared);
            _console.MarkupLine($"Wrote the split's tokens to {Markup.Escape(splitFile)}.");
        }

        BaselineReport? baseline = null;
        _console.Status().Start("Training the ML.NET baseline…", _ =>
            baseline = BaselineEvaluation.Run(prepared.Tokens, prepared.Labels, prepared.Categories, prepared.Split, _options.Seed));
        var split = prepared.Split;
        var report = new BaselineRunReport(Path.GetFullPath(_options.CorpusPath), prepared.Corpus.Reviews.Count, prepared.Corpus.SkippedByKind.ToDictionary(k => k.Key.ToString(), k => k.Value),
            _options.Seed, split.Train.Length, split.Validation.Length, split.Test.Length, prepared.SegmentationSeconds, baseline!, DateTime.UtcNow);
        AtomicFile.WriteAllText(Path.Combine(output, ReportFile), JsonSerializer.Serialize(report, ReportJson.Options));
        PlotWriter.WriteBaselineConfusionMatrix(baseline!, output);
        ConsoleReport.WriteBaseline(_console, baseline!);
        _console.MarkupLine($"Wrote {Markup.Escape(output)}: {ReportFile}, {PlotWriter.BaselineConfusionMatrixPlot}.");
        return report;
    }
}
