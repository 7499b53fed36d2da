using System.Diagnostics;
using System.Text;
using SentimentPipeline.ModelBundle;
using SentimentPipeline.Training.Data;
using Spectre.Console;
using TorchSharp;
using static TorchSharp.torch;

namespace SentimentPipeline.Training;

/// <summary>
/// The training loop of the deep path: Adam on cross-entropy, global gradient-norm clipping, seeded shuffling, validation after
/// every epoch, early stopping, and the best epoch's weights written (atomically) to the checkpoint path; then the
/// wide path's logistic regression and the mix of the two.
/// </summary>
public sealed class SentimentTrainer
{
    private const int BucketWindow = 50;

    private readonly TrainingOptions _options;
    private readonly IAnsiConsole _console;

    /// <summary>Creates a trainer that reports progress on <paramref name="console"/>.</summary>
    /// <exception cref="InvalidTrainingOptionException">An option is out of range.</exception>
    public SentimentTrainer(TrainingOptions options, IAnsiConsole console)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(console);
        options.Validate();
        _options = options;
        _console = console;
    }

    /// <summary>
    /// Trains <paramref name="model"/>: the deep path alone with early stopping on the validation split, then (when
    /// the model has one) the wide path alone (<see cref="WidePathFitter"/>); then the two paths' logits are mixed by weights fitted on the
    /// validation split (<see cref="EnsembleMix"/>), folded into the parameters. With
    /// <see cref="TrainingOptions.ResidualFolds"/> the wide path is fitted first, the deep path learns on top of its
    /// cross-fitted margins, and the plain sum is kept. Leaves the model holding the result.
    /// </summary>
    public TrainingResult Train(SentimentClassifier model, EncodedDataset data, DataSplit split, string checkpointPath)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(data);
        ArgumentNullException.ThrowIfNull(split);
        ArgumentException.ThrowIfNullOrEmpty(checkpointPath);
        if (split.Train.Length == 0 || split.Validation.Length == 0)
        {
            throw new ArgumentException($"Training needs non-empty train and validation splits (got {split.Train.Length} and {split.Validation.Length} rows).", nameof(split));
        }

        var clock = Stopwatch.StartNew();
        var shuffle = new Random(_options.Seed);
        var residual = _options.ResidualFolds > 0 && model.Wide is not null;
        var wideFit = residual ? FitWide(model.Wide!, data, split) : null;
        var offsets = residual ? ResidualOffsets(model, data, split, wideFit!.L2Regularization) : null;
        var deep = RunPhase(new TrainingPhase("deep", model.DeepParameters(), (ids, lengths, _) => model.DeepLogits(ids, lengths),
            _options.LearningRate, _options.WeightDecay, _options.DeepEpochs(split.Train.Length), _options.BatchSize), model, data, split, shuffle, checkpointPath, offsets);
        if (model.Wide is not { } wide)
        {
            return new TrainingResult(deep.History, deep.BestEpoch, deep.StoppedEarly, clock.Elapsed.TotalSeconds, null, null);
        }

        wideFit ??= FitWide(wide, data, split);
        var mix = residual ? EnsembleMixer.Sum(model, data, split.Validation) : EnsembleMixer.Fit(model, data, split.Validation);
        model.ScalePaths((float)mix.DeepScale, (float)mix.WideScale, [0f, (float)mix.PositiveBias]);
        SaveWeights(model, checkpointPath);
        _console.MarkupLine($"Ensemble fitted on validation: logits = {mix.DeepScale:F3} · deep + {mix.WideScale:F3} · wide + [[0, {mix.PositiveBias:F3}]]; validation accuracy {mix.ValidationAccuracy:P2} (deep {mix.DeepValidationAccuracy:P2}, wide {mix.WideValidationAccuracy:P2}).");
        return new TrainingResult(deep.History, deep.BestEpoch, deep.StoppedEarly, clock.Elapsed.TotalSeconds, wideFit, mix);
    }

    private WidePathFit FitWide(WideNGramPath wide, EncodedDataset data, DataSplit split)
    {
        var wideFit = WidePathFitter.Fit(wide, data, split, _options.Seed);
        _console.MarkupLine($"Wide path: {wideFit.TokenFeatures} token + {wideFit.CharFeatures} character n-grams, L2 {wideFit.L2Regularization} chosen on validation, {wideFit.Seconds:F0} s.");
        return wideFit;
    }

    /// <summary>
    /// The fixed wide margins the deep path learns on top of (<see cref="TrainingOptions.ResidualFolds"/>): cross-fitted
    /// for the training rows, the fitted path's own for the validation rows (there the sum is the model that is kept).
    /// </summary>
    private float[] ResidualOffsets(SentimentClassifier model, EncodedDataset data, DataSplit split, double l2)
    {
        var clock = Stopwatch.StartNew();
        var wide = model.Wide!;
        var offsets = WidePathFitter.CrossFittedMargins(wide, data, split, l2, _options.ResidualFolds, _options.Seed);
        using var scope = NewDisposeScope();
        var (_, _, logits) = ClassifierScoring.Logits(model, (ids, _, charIds) => wide.call(ids, charIds), data, split.Validation);
        var margins = (logits[.., 1] - logits[.., 0]).data<float>().ToArray();
        for (var k = 0; k < split.Validation.Length; k++)
        {
            offsets[split.Validation[k]] = margins[k];
        }

        _console.MarkupLine($"Residual: the deep path learns on top of {_options.ResidualFolds}-fold cross-fitted n-gram margins ({clock.Elapsed.TotalSeconds:F0} s).");
        return offsets;
    }

    private (List<EpochResult> History, int BestEpoch, bool StoppedEarly) RunPhase(
        TrainingPhase phase, SentimentClassifier model, EncodedDataset data, DataSplit split, Random shuffle, string checkpointPath, float[]? offsets)
    {
        using var optimizer = optim.Adam(phase.Parameters, lr: phase.LearningRate, weight_decay: phase.WeightDecay);
        var history = new List<EpochResult>();
        var stopping = new EarlyStopping(_options.Patience);
        void Loop(Func<string, int, IEpochProgress> begin)
        {
            for (var epoch = 1; epoch <= phase.Epochs && !stopping.ShouldStop; epoch++)
            {
                var title = $"{phase.Name} epoch {epoch}/{phase.Epochs}";
                var batches = LengthBucketedBatches(split.Train, data, shuffle, phase.BatchSize);
                var progress = begin(title, batches.Count);
                var result = RunEpoch(epoch, title, phase, model, optimizer, data, split, batches, progress, offsets);
                history.Add(result);
                var (improved, stale) = stopping.Observe(epoch, result.ValidationAccuracy, result.ValidationLoss);
                if (improved)
                {
                    SaveWeights(model, checkpointPath);
                }

                if (stale)
                {
                    DecayLearningRate(optimizer);
                }

                progress.Finish($"{title} train loss {result.TrainLoss:F4} acc {result.TrainAccuracy:P2} · val loss {result.ValidationLoss:F4} acc {result.ValidationAccuracy:P2} · {result.Seconds:F0} s ({result.CpuSeconds:F0} s CPU){(improved ? " ★ kept" : string.Empty)}");
            }
        }

        if (_console.Profile.Capabilities.Interactive)
        {
            _console.Progress()
                .AutoClear(false)
                .Columns(new TaskDescriptionColumn { Alignment = Justify.Left }, new ProgressBarColumn(), new PercentageColumn(), new ElapsedTimeColumn(), new RemainingTimeColumn())
                .Start(context => Loop((description, batches) => new SpectreEpochProgress(context.AddTask(Markup.Escape(description), maxValue: batches))));
        }
        else
        {
            Loop((_, batches) => new LogEpochProgress(_console, batches));
        }

        model.load(checkpointPath);
        return (history, stopping.BestEpoch, history.Count < phase.Epochs);
    }

    // On a plateau, smaller steps usually still find a better validation accuracy before patience runs out. The plateau
    // is EarlyStopping's: neither a better validation accuracy nor a lower validation loss, so the rate decays on exactly
    // the epochs that count against patience. TorchSharp's lr_scheduler.ReduceLROnPlateau watches one metric (loss alone
    // would decay after epochs whose accuracy improved, accuracy alone after epochs whose loss fell) and rejects a factor
    // of 1, which --lr-decay 1 means (a constant rate); so the rule stays here rather than change the schedule.
    private void DecayLearningRate(TorchSharp.Modules.Adam optimizer)
    {
        foreach (var group in optimizer.ParamGroups)
        {
            group.LearningRate *= _options.LearningRateDecay;
        }
    }

    /// <summary>Writes a model's weights (TorchSharp format) atomically.</summary>
    public static void SaveWeights(SentimentClassifier model, string path)
    {
        ArgumentNullException.ThrowIfNull(model);
        AtomicFile.Write(path, stream =>
        {
            using var writer = new BinaryWriter(stream, Encoding.UTF8, leaveOpen: true);
            model.save(writer);
        });
    }

    // With offsets (residual learning), every loss and accuracy is of the deep logits plus the rows' fixed wide margins.
    private EpochResult RunEpoch(int epoch, string title, TrainingPhase phase, SentimentClassifier model, optim.Optimizer optimizer, EncodedDataset data, DataSplit split, List<int[]> batches, IEpochProgress progress, float[]? offsets)
    {
        var clock = Stopwatch.StartNew();
        var cpuAtStart = Process.GetCurrentProcess().TotalProcessorTime;
        model.train();
        double lossSum = 0;
        long correct = 0;
        var seen = 0;
        foreach (var batch in batches)
        {
            using var scope = NewDisposeScope();
            var (ids, lengths, charIds, labels) = data.Batch(batch);
            optimizer.zero_grad();
            var logits = WithOffsets(phase.Logits(ids, lengths, charIds), offsets, batch);
            var loss = nn.functional.cross_entropy(logits, labels);
            loss.backward();
            nn.utils.clip_grad_norm_(phase.Parameters, _options.GradientClipNorm);
            optimizer.step();
            lossSum += loss.item<float>() * batch.Length;
            correct += logits.argmax(1).eq(labels).sum().item<long>();
            seen += batch.Length;
            progress.Advance($"{title} train loss {lossSum / seen:F4} acc {correct / (double)seen:P2}");
        }

        var validationLabels = split.Validation.Select(data.LabelOf).ToArray();
        var (probabilities, validationLoss) = ClassifierScoring.Score(model, phase.Logits, data, split.Validation, offsets);
        var validationCorrect = probabilities.Where((p, i) => (p >= 0.5) == (validationLabels[i] == 1)).Count();
        return new EpochResult(epoch, lossSum / seen, correct / (double)seen, validationLoss,
            validationCorrect / (double)validationLabels.Length, clock.Elapsed.TotalSeconds, (Process.GetCurrentProcess().TotalProcessorTime - cpuAtStart).TotalSeconds);
    }

    // Logits [rows, 2] plus [0, margin] of each row's fixed wide margin; unchanged without offsets.
    private static Tensor WithOffsets(Tensor logits, float[]? offsets, int[] rows)
    {
        if (offsets is null)
        {
            return logits;
        }

        var values = new float[rows.Length * 2];
        for (var k = 0; k < rows.Length; k++)
        {
            values[(2 * k) + 1] = offsets[rows[k]];
        }

        return logits + tensor(values, [rows.Length, 2]);
    }

    // Shuffle, then sort windows of BucketWindow batches by length and shuffle the batch order: each batch holds
    // reviews of similar length, so the packed LSTM does not run dozens of steps for one long review per batch,
    // while batches stay random across the epoch.
    private static List<int[]> LengthBucketedBatches(int[] rows, EncodedDataset data, Random shuffle, int batchSize)
    {
        var order = rows.ToArray();
        shuffle.Shuffle(order);
        var batches = new List<int[]>();
        var window = batchSize * BucketWindow;
        for (var start = 0; start < order.Length; start += window)
        {
            var sorted = order.AsSpan(start, Math.Min(window, order.Length - start)).ToArray().OrderBy(data.LengthOf).ToArray();
            batches.AddRange(sorted.Chunk(batchSize));
        }

        var shuffled = batches.ToArray();
        shuffle.Shuffle(shuffled);
        return [.. shuffled];
    }
}
