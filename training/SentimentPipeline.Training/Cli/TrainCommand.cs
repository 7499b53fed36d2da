using System.CommandLine;
using Spectre.Console;

namespace SentimentPipeline.Training.Cli;

/// <summary>
/// <c>train</c>: trains and evaluates on a corpus. Exit codes (<see cref="SentimentPipeline.ModelBundle.ExitCodes"/>):
/// 0 done, 1 invalid option, 2 invalid corpus, 6 TorchSharp cannot load on this machine.
/// </summary>
public static class TrainCommand
{
    /// <summary>Builds the command; progress and report go to <paramref name="console"/>.</summary>
    public static Command Create(IAnsiConsole console)
    {
        ArgumentNullException.ThrowIfNull(console);
        // The defaults the options show; the paths are set per invocation.
        var defaults = new TrainingOptions { CorpusPath = string.Empty, OutputDirectory = string.Empty };
        var corpus = new Option<string>("--corpus") { Description = "Review CSV: evaluation,label (正面/负面), label,review (1/0) or cat,label,review (1/0).", Required = true };
        var output = new Option<string>("--output") { Description = "Output folder (checkpoint, vocabulary.json, metrics.json, plots).", DefaultValueFactory = _ => Path.Combine("artifacts", "model") };
        var corpusFormat = new CorpusFormatOptions();
        var epochs = Int("--epochs", "Maximum epochs.", defaults.Epochs);
        var maxSteps = Int("--max-steps", "Optimisation steps of the deep path: no more whole epochs than fit in them.", defaults.MaxSteps);
        var patience = Int("--patience", "Early stopping: epochs without a better validation accuracy or a lower validation loss.", defaults.Patience);
        var batchSize = Int("--batch-size", "Reviews per step.", defaults.BatchSize);
        var learningRate = Double("--learning-rate", "Adam learning rate.", defaults.LearningRate);
        var weightDecay = Double("--weight-decay", "Adam weight decay.", defaults.WeightDecay);
        var learningRateDecay = Double("--lr-decay", "Learning-rate factor after an epoch without validation improvement (1 = constant).", defaults.LearningRateDecay);
        var clip = Double("--clip-norm", "Gradient clipping: maximum global norm.", defaults.GradientClipNorm);
        var seed = Int("--seed", "Seed of split, shuffling, initialisation and dropout.", defaults.Seed);
        var maxLength = Int("--max-length", "Tokens kept per review.", defaults.MaxLength);
        var vocabularySize = Int("--vocabulary-size", "Most vocabulary ids, PAD and UNK included (most frequent training tokens and characters).", defaults.VocabularySize);
        var minCount = Int("--min-count", "Tokens and characters seen fewer times in the training split are UNK.", defaults.VocabularyMinCount);
        var maxCharacters = Int("--max-characters", "Character ids kept per review.", defaults.MaxCharacters);
        var embeddingSize = Int("--embedding-size", "Embedding width.", defaults.EmbeddingSize);
        var hiddenSize = Int("--hidden-size", "LSTM hidden size per direction.", defaults.HiddenSize);
        var layers = Int("--layers", "Stacked LSTM layers.", defaults.Layers);
        var bidirectional = new Option<bool>("--bidirectional") { Description = "BiLSTM (true) or LSTM (false).", DefaultValueFactory = _ => defaults.Bidirectional };
        var dropout = Double("--dropout", "Dropout before the classifier.", defaults.Dropout);
        var embeddingDropout = Double("--embedding-dropout", "Dropout on the token embeddings.", defaults.EmbeddingDropout);
        var maxPooling = new Option<bool>("--max-pooling") { Description = "Max pooling over the LSTM outputs beside the final states.", DefaultValueFactory = _ => defaults.MaxPooling };
        var attentionPooling = new Option<bool>("--attention-pooling") { Description = "Attention pooling over the LSTM outputs beside the final states (and the maximum).", DefaultValueFactory = _ => defaults.AttentionPooling };
        var wideFeatures = Int("--wide-features", "Most n-gram features of the wide path, the most frequent in the training split (0 = LSTM only).", defaults.WideFeatures);
        var residualFolds = Int("--residual-folds", "0: mix the separately trained paths on validation. K >= 2: train the deep path on top of K-fold cross-fitted n-gram margins (an ablation).", defaults.ResidualFolds);
        var skipGramPairs = new Option<long>("--skip-gram-pairs")
        {
            Description = FormattableString.Invariant($"Skip-gram pretraining of the token embedding on the training split: as many epochs as this many pairs make, if an epoch has at least {TrainingOptions.MinSkipGramPairs:N0} (0 = none)."),
            DefaultValueFactory = _ => defaults.SkipGramPairs,
        };
        var skipGramEpochs = new Option<int?>("--skip-gram-epochs") { Description = "Epochs of skip-gram pretraining instead of the pair budget's (0 = none)." };
        var validationFraction = Double("--validation-fraction", "Share of each class for validation.", defaults.ValidationFraction);
        var testFraction = Double("--test-fraction", "Share of each class for the test report.", defaults.TestFraction);
        var threads = Int("--threads", "Torch threads (0 = all cores; 1 is fastest on a busy 2-core machine).", defaults.Threads);
        var denseSize = Int("--dense-size", "Width of a dense ReLU layer before the classifier (0 = none).", defaults.DenseSize);
        var preset = new Option<string?>("--preset") { Description = $"Start from a preset ({string.Join(", ", TrainingPresets.Names)}); options given explicitly override it." };

        var command = new Command("train", "Train the (Bi)LSTM, evaluate it against the ML.NET baseline, write checkpoint, metrics.json and plots.")
        {
            corpus, output, epochs, maxSteps, patience, batchSize, learningRate, weightDecay, learningRateDecay, clip, seed, maxLength, vocabularySize,
            minCount, maxCharacters, embeddingSize, hiddenSize, layers, bidirectional, dropout, embeddingDropout, maxPooling, attentionPooling, wideFeatures, residualFolds,
            skipGramPairs, skipGramEpochs, validationFraction, testFraction, threads, denseSize, preset,
        };
        corpusFormat.AddTo(command);
        command.SetAction(result => CommandExit.Run(console, corpusFormat.SkipInvalidRows(result), () =>
        {
            new TrainingRun(CreateOptions(result), console).Run();
            return 0;
        }));
        return command;

        TrainingOptions CreateOptions(ParseResult result)
        {
            var start = result.GetValue(preset) is { } name ? TrainingPresets.Apply(name, defaults) : defaults;
            return start with
            {
                CorpusPath = result.GetRequiredValue(corpus),
                OutputDirectory = result.GetRequiredValue(output),
                Format = corpusFormat.Resolve(result),
                SkipInvalidRows = corpusFormat.SkipInvalidRows(result),
                Epochs = Given(result, epochs, start.Epochs),
                MaxSteps = Given(result, maxSteps, start.MaxSteps),
                Patience = Given(result, patience, start.Patience),
                BatchSize = Given(result, batchSize, start.BatchSize),
                LearningRate = Given(result, learningRate, start.LearningRate),
                WeightDecay = Given(result, weightDecay, start.WeightDecay),
                LearningRateDecay = Given(result, learningRateDecay, start.LearningRateDecay),
                GradientClipNorm = Given(result, clip, start.GradientClipNorm),
                Seed = Given(result, seed, start.Seed),
                MaxLength = Given(result, maxLength, start.MaxLength),
                VocabularySize = Given(result, vocabularySize, start.VocabularySize),
                VocabularyMinCount = Given(result, minCount, start.VocabularyMinCount),
                MaxCharacters = Given(result, maxCharacters, start.MaxCharacters),
                EmbeddingSize = Given(result, embeddingSize, start.EmbeddingSize),
                HiddenSize = Given(result, hiddenSize, start.HiddenSize),
                Layers = Given(result, layers, start.Layers),
                Bidirectional = Given(result, bidirectional, start.Bidirectional),
                Dropout = Given(result, dropout, start.Dropout),
                EmbeddingDropout = Given(result, embeddingDropout, start.EmbeddingDropout),
                MaxPooling = Given(result, maxPooling, start.MaxPooling),
                AttentionPooling = Given(result, attentionPooling, start.AttentionPooling),
                WideFeatures = Given(result, wideFeatures, start.WideFeatures),
                ResidualFolds = Given(result, residualFolds, start.ResidualFolds),
                SkipGramPairs = Given(result, skipGramPairs, start.SkipGramPairs),
                SkipGramEpochs = Given(result, skipGramEpochs, start.SkipGramEpochs),
                ValidationFraction = Given(result, validationFraction, start.ValidationFraction),
                TestFraction = Given(result, testFraction, start.TestFraction),
                Threads = Given(result, threads, start.Threads),
                DenseSize = Given(result, denseSize, start.DenseSize),
            };
        }
    }

    /// <summary>The option's value when given on the command line, else <paramref name="fallback"/> (the preset's or the default).</summary>
    private static T Given<T>(ParseResult result, Option<T> option, T fallback) =>
        result.GetResult(option) is { Implicit: false } ? result.GetValue(option)! : fallback;

    private static Option<int> Int(string name, string description, int defaultValue) =>
        new(name) { Description = description, DefaultValueFactory = _ => defaultValue };

    private static Option<double> Double(string name, string description, double defaultValue) =>
        new(name) { Description = description, DefaultValueFactory = _ => defaultValue };
}
