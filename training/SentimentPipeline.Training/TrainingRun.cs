using System.Diagnostics;
using System.Security.Cryptography;
using System.Text.Json;
using SentimentPipeline.ModelBundle;
using SentimentPipeline.OnnxExport.Wide;
using SentimentPipeline.Preprocessing;
using SentimentPipeline.Preprocessing.Corpus;
using SentimentPipeline.Segmentation;
using SentimentPipeline.Training.Baseline;
using SentimentPipeline.Training.Calibration;
using SentimentPipeline.Training.Data;
using SentimentPipeline.Training.Evaluation;
using SentimentPipeline.Training.Reporting;
using Spectre.Console;
using TorchSharp;

namespace SentimentPipeline.Training;

/// <summary>
/// One complete run: read the corpus, segment, split (stratified, seeded), build the vocabulary on the training
/// split, train the (Bi)LSTM with early stopping, evaluate the best checkpoint against the ML.NET baseline on the
/// same test split, and leave checkpoint, vocabulary.json, metrics.json and plots in the output folder.
/// The seed makes a CPU run repeatable as long as nothing else in the process draws from torch's (process-wide)
/// random generator meanwhile.
/// </summary>
public sealed class TrainingRun
{
    /// <summary>Label names in model output order.</summary>
    public static readonly IReadOnlyList<string> Labels = [SentimentLabels.Negative, SentimentLabels.Positive];

    private readonly TrainingOptions _options;
    private readonly IAnsiConsole _console;

    /// <summary>Creates a run; <paramref name="console"/> receives progress and the report.</summary>
    /// <exception cref="InvalidTrainingOptionException">An option is out of range.</exception>
    public TrainingRun(TrainingOptions options, IAnsiConsole console)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(console);
        options.Validate();
        _options = options;
        _console = console;
    }

    /// <summary>Runs everything and returns the report that was written to metrics.json.</summary>
    /// <exception cref="CorpusFormatException">The corpus is invalid (and rows are not being skipped).</exception>
    public MetricsReport Run()
    {
        var clock = Stopwatch.StartNew();
        TorchSharpNativeLoader.EnsureLoaded();
        torch.manual_seed(_options.Seed);
        if (_options.Threads > 0)
        {
            torch.set_num_threads(_options.Threads);
        }

        var output = Path.GetFullPath(_options.OutputDirectory);
        Directory.CreateDirectory(output);
        var segmenter = JiebaSegmenter.CreateDefault();
        var prepared = PreparedCorpus.Load(_options, segmenter, _console);
        var (corpus, tokens, segmentationSeconds, split) = prepared;
        var reviews = corpus.Reviews;
        var labels = prepared.Labels;
        var vocabulary = Vocabulary.Build(split.Train.Select(i => TextEncoder.VocabularyEntries(tokens[i]).ToList()), _options.VocabularySize, _options.VocabularyMinCount);
        vocabulary.Save(Path.Combine(output, ModelBundleFiles.Vocabulary));
        var encoder = new TextEncoder(segmenter, vocabulary, _options.MaxLength, _options.MaxCharacters);
        var encoded = tokens.Select(encoder.EncodeTokens).ToArray();
        var data = new EncodedDataset(encoded, labels);
        _console.MarkupLine($"Split (stratified, seed {_options.Seed}): train {split.Train.Length}, validation {split.Validation.Length}, test {split.Test.Length}; vocabulary {vocabulary.Count} ids.");

        var wideFeatures = _options.WideFeatures > 0
            ? WideFeatureSet.Fit(split.Train.Select(i => (encoded[i].Ids[..encoded[i].Length], encoded[i].CharIds[..encoded[i].CharLength])).ToList(), _options.WideFeatures)
            : null;
        var modelOptions = _options.ModelOptionsFor(vocabulary.Count, wideFeatures?.Tokens.Count ?? 0, wideFeatures?.Characters.Count ?? 0);
        using var model = new SentimentClassifier(modelOptions);
        model.Wide?.SetFeatures(wideFeatures!);
        var skipGramEpochs = _options.SkipGramEnabled
            ? SkipGramPretraining.Pretrain(model.EmbeddingWeight, [.. split.Train.Select(i => encoded[i].Ids[..encoded[i].Length])], _options.SkipGramEpochsFor, _options.Seed, _console)
            : 0;

        var training = new SentimentTrainer(_options, _console).Train(model, data, split, Path.Combine(output, TrainedCheckpoint.WeightsFile));
        var calibration = Calibrate(model, data, split, labels);
        TrainedCheckpoint.SaveInfo(output, new CheckpointInfo(modelOptions, _options.MaxLength, _options.MaxCharacters, TextEncoder.PreprocessingVersion,
            segmenter.DictionarySha256, Labels, training.BestEpoch, _options.Seed, calibration.Temperature));

        var categories = prepared.Categories;
        var validation = Evaluate(model, data, split.Validation, labels, categories, calibration.Temperature);
        var test = Evaluate(model, data, split.Test, labels, categories, calibration.Temperature);
        var baseline = RunBaseline(tokens, labels, categories, split);
        var report = new MetricsReport(
            Summarize(corpus, split),
            new PreprocessingSummary(TextEncoder.PreprocessingVersion, segmenter.DictionarySha256, _options.MaxLength, vocabulary.Count, segmentationSeconds,
                UnknownShare(encoded, split.Test), reviews.Count == 0 ? 0 : tokens.Count(t => t.Count > _options.MaxLength) / (double)reviews.Count),
            modelOptions,
            new TrainingSummary(_options, torch.get_num_threads(), training.History.Count, training.BestEpoch, training.StoppedEarly, training.Seconds,
                training.History.Average(e => e.Seconds), training.History.Average(e => e.CpuSeconds), LoadAverage(), training.History,
                training.Wide, training.Mix, skipGramEpochs),
            validation,
            test,
            baseline,
            Probe(model, encoder, calibration.Temperature),
            clock.Elapsed.TotalSeconds,
            DateTime.UtcNow,
            calibration,
            training.Mix is null ? null : EvaluatePaths(model, training.Mix, data, split.Test, labels, categories));
        AtomicFile.WriteAllText(Path.Combine(output, ModelBundleFiles.Metrics), JsonSerializer.Serialize(report, ReportJson.Options));
        PlotWriter.WriteAll(report, output);
        ConsoleReport.Write(_console, report);
        _console.MarkupLine($"Wrote {Markup.Escape(output)}: {ModelBundleFiles.Metrics}, {ModelBundleFiles.Vocabulary}, {TrainedCheckpoint.WeightsFile}, {TrainedCheckpoint.InfoFile} and plots.");
        return report;
    }

    /// <summary>Fits the temperature on the validation logits; measures ECE and NLL before and after on validation and test.</summary>
    private static CalibrationReport Calibrate(SentimentClassifier model, EncodedDataset data, DataSplit split, int[] labels)
    {
        var validationMargins = ClassifierScoring.LogitMargins(model, data, split.Validation);
        var validationLabels = split.Validation.Select(i => labels[i]).ToArray();
        var temperature = TemperatureScaling.Fit(validationMargins, validationLabels);
        return new CalibrationReport(
            temperature,
            CalibrationError.DefaultBins,
            SplitCalibration.Measure(validationMargins, validationLabels, temperature),
            SplitCalibration.Measure(ClassifierScoring.LogitMargins(model, data, split.Test), split.Test.Select(i => labels[i]).ToArray(), temperature));
    }

    private static ClassificationMetrics Evaluate(SentimentClassifier model, EncodedDataset data, int[] rows, int[] labels, string?[] categories, double temperature)
    {
        var (probabilities, _) = ClassifierScoring.Score(model, data, rows, temperature);
        return MetricsCalculator.Compute(rows.Select(i => labels[i]).ToArray(), probabilities, rows.Select(i => categories[i]).ToArray());
    }

    // The mix is folded into the weights; undoing it on each path's logits gives that path's own verdicts.
    private static PathTestMetrics EvaluatePaths(SentimentClassifier model, EnsembleMix mix, EncodedDataset data, int[] rows, int[] labels, string?[] categories)
    {
        var wide = model.Wide!;
        using var scope = torch.NewDisposeScope();
        var positiveBias = torch.tensor(new[] { 0f, (float)mix.PositiveBias });
        var deep = ClassifierScoring.Score(model, (ids, lengths, _) => (model.DeepLogits(ids, lengths) - positiveBias) / mix.DeepScale, data, rows).PositiveProbabilities;
        var wideOnly = ClassifierScoring.Score(model, (ids, _, charIds) => wide.call(ids, charIds) / mix.WideScale, data, rows).PositiveProbabilities;
        var rowLabels = rows.Select(i => labels[i]).ToArray();
        var rowCategories = rows.Select(i => categories[i]).ToArray();
        return new PathTestMetrics(MetricsCalculator.Compute(rowLabels, deep, rowCategories), MetricsCalculator.Compute(rowLabels, wideOnly, rowCategories));
    }

    private BaselineReport RunBaseline(IReadOnlyList<string>[] tokens, int[] labels, string?[] categories, DataSplit split)
    {
        BaselineReport? report = null;
        _console.Status().Start("Training the ML.NET baseline…", _ => report = BaselineEvaluation.Run(tokens, labels, categories, split, _options.Seed));
        return report!;
    }

    private static List<ProbePrediction> Probe(SentimentClassifier model, TextEncoder encoder, double temperature)
    {
        var texts = ProbeSentences.All.Select(p => encoder.Encode(p.Text)).ToArray();
        var data = new EncodedDataset(texts, new int[texts.Length]);
        var (probabilities, _) = ClassifierScoring.Score(model, data, Enumerable.Range(0, texts.Length).ToArray(), temperature);
        return ProbeSentences.All.Select((p, i) => new ProbePrediction(p.Text, p.Expected, Labels[probabilities[i] >= 0.5 ? 1 : 0], probabilities[i])).ToList();
    }

    private CorpusSummary Summarize(ReviewCorpus corpus, DataSplit split)
    {
        var trainTexts = split.Train.Select(i => corpus.Reviews[i].Text).ToHashSet(StringComparer.Ordinal);
        using var stream = File.OpenRead(_options.CorpusPath);
        return new CorpusSummary(
            Path.GetFullPath(_options.CorpusPath),
            Convert.ToHexStringLower(SHA256.HashData(stream)),
            corpus.Format.Name,
            corpus.Reviews.Count,
            corpus.Reviews.Count(r => r.Label == 1),
            corpus.SkippedByKind,
            corpus.SkippedRows.Take(20).ToList(),
            corpus.BlankLines,
            split.Train.Length,
            split.Validation.Length,
            split.Test.Length,
            split.Test.Count(i => trainTexts.Contains(corpus.Reviews[i].Text)));
    }

    private static string? LoadAverage() =>
        File.Exists("/proc/loadavg") ? string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : null;

    private static double UnknownShare(EncodedText[] encoded, int[] rows)
    {
        long unknown = 0, total = 0;
        foreach (var row in rows)
        {
            var text = encoded[row];
            total += text.Length;
            unknown += text.Ids.Take(text.Length).Count(id => id == Vocabulary.UnkId);
        }

        return total == 0 ? 0 : unknown / (double)total;
    }
}
