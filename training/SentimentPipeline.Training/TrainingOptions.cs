using System.Globalization;
using SentimentPipeline.Preprocessing;
using SentimentPipeline.Preprocessing.Corpus;

namespace SentimentPipeline.Training;

/// <summary>
/// Everything a training run depends on. Defaults follow the tutorial where it is sound, and fix it where it is not;
/// each sits on its property, and the pretrained model was trained with them, so changing one changes what a
/// default run reproduces. Set options by name (<c>new TrainingOptions { CorpusPath = …, OutputDirectory = …, Epochs = 3 }</c>);
/// <see cref="Validate"/> is called by the runs that consume them.
/// </summary>
public sealed record TrainingOptions
{
    /// <summary>
    /// Default step budget: all 10 epochs on corpus.csv (54 steps each), 5 on online_shopping (785 each), which keeps
    /// that run within the 20 minutes on a 2-core machine (an epoch there costs about 2 CPU minutes).
    /// </summary>
    public const int DefaultMaxSteps = 4000;

    /// <summary>Default cap on the vocabulary: high enough that the minimum count decides.</summary>
    public const int DefaultVocabularyCap = 500_000;

    /// <summary>
    /// Default feature budget of the wide path. The exported path is sparse, so the count costs file size (about
    /// 22 bytes a feature), not inference time. On online_shopping's validation split 400,000 gave the wide path
    /// 0.9371 and the mix 0.9393, against 0.9345 and 0.9380 with 100,000 (seed 42); corpora of a few thousand
    /// reviews have fewer n-grams of document frequency 2 than this.
    /// </summary>
    public const int DefaultWideFeatures = 400_000;

    /// <summary>Most folds <see cref="ResidualFolds"/> takes (each is a logistic-regression fit).</summary>
    public const int MaxResidualFolds = 20;

    /// <summary>
    /// Default budget of skip-gram pairs (<see cref="SkipGramPairs"/>): on online_shopping, about 3 million pairs an
    /// epoch, it gives the 5 epochs that validation favoured there.
    /// </summary>
    public const long DefaultSkipGramPairs = 15_000_000;

    /// <summary>
    /// Fewest pairs an epoch must have for the budget to pretrain at all. On validation skip-gram paid where the
    /// training split had this much text (online_shopping, 3 million pairs an epoch; 7,500 hotel reviews, 580,000) and
    /// was level or behind where it had less (corpus.csv and three other derived corpora, 0.1–0.2 million).
    /// </summary>
    public const long MinSkipGramPairs = 500_000;

    /// <summary>Most of the corpus the validation and test splits may take together.</summary>
    private const double MaxHeldOutFraction = 0.9;

    /// <summary>The review CSV (see <see cref="CorpusFormat"/> for the formats).</summary>
    public required string CorpusPath { get; init; }

    /// <summary>Where the checkpoint, vocabulary, metrics.json and plots go.</summary>
    public required string OutputDirectory { get; init; }

    /// <summary>Columns and label mapping of the corpus, or null to detect a preset from the header.</summary>
    public CorpusFormat? Format { get; init; }

    /// <summary>Skip (and count in the report) invalid rows instead of failing on the first.</summary>
    public bool SkipInvalidRows { get; init; }

    /// <summary>Maximum epochs.</summary>
    public int Epochs { get; init; } = 10;

    /// <summary>Optimisation steps the deep path may take: no more whole epochs are run than fit in them (at least one).</summary>
    public int MaxSteps { get; init; } = DefaultMaxSteps;

    /// <summary>Stop after this many epochs without a better validation accuracy or a lower validation loss.</summary>
    public int Patience { get; init; } = 3;

    /// <summary>Reviews per optimisation step.</summary>
    public int BatchSize { get; init; } = 64;

    /// <summary>Adam learning rate.</summary>
    public double LearningRate { get; init; } = 1e-3;

    /// <summary>Adam L2 weight decay.</summary>
    public double WeightDecay { get; init; }

    /// <summary>Factor applied to the learning rate after an epoch without a better validation accuracy or a lower validation loss.</summary>
    public double LearningRateDecay { get; init; } = 0.5;

    /// <summary>Maximum global gradient norm.</summary>
    public double GradientClipNorm { get; init; } = 5.0;

    /// <summary>Seeds the split, shuffling, initialisation and dropout: the same seed repeats a CPU run.</summary>
    public int Seed { get; init; } = 42;

    /// <summary>Tokens kept per review.</summary>
    public int MaxLength { get; init; } = TextEncoder.DefaultMaxLength;

    /// <summary>Most ids in the vocabulary, PAD and UNK included.</summary>
    public int VocabularySize { get; init; } = DefaultVocabularyCap;

    /// <summary>Tokens and characters seen fewer times in the training split are UNK.</summary>
    public int VocabularyMinCount { get; init; } = 2;

    /// <summary>Character ids kept per review.</summary>
    public int MaxCharacters { get; init; } = TextEncoder.DefaultMaxCharacters;

    /// <summary>Token embedding width.</summary>
    public int EmbeddingSize { get; init; } = 128;

    /// <summary>LSTM hidden size per direction.</summary>
    public int HiddenSize { get; init; } = 64;

    /// <summary>Stacked LSTM layers.</summary>
    public int Layers { get; init; } = 1;

    /// <summary>BiLSTM (true) or LSTM.</summary>
    public bool Bidirectional { get; init; } = true;

    /// <summary>Dropout before the classifier.</summary>
    public double Dropout { get; init; } = 0.5;

    /// <summary>Dropout on the token embeddings.</summary>
    public double EmbeddingDropout { get; init; } = 0.2;

    /// <summary>Max pooling over the LSTM outputs beside the final states.</summary>
    public bool MaxPooling { get; init; } = true;

    /// <summary>Attention pooling over the LSTM outputs beside the final states (and the maximum).</summary>
    public bool AttentionPooling { get; init; }

    /// <summary>Most n-gram features of the wide path (the most frequent in the training split); 0 = LSTM only.</summary>
    public int WideFeatures { get; init; } = DefaultWideFeatures;

    /// <summary>
    /// 0 (the default): the two paths are trained apart and mixed on validation. K &gt;= 2: the wide path is fitted first
    /// and the deep path learns on top of it, each training review's loss taken on deep logits plus the review's wide
    /// margin from a fit on the other K − 1 folds; the model is then the plain sum. An ablation (training README,
    /// "Residual learning"), not better on validation.
    /// </summary>
    public int ResidualFolds { get; init; }

    /// <summary>
    /// Budget of (center, context) pairs for skip-gram pretraining (word2vec, negative sampling) of the token embedding
    /// on the training split's own token sequences before the deep path trains (<see cref="SkipGramPretraining"/>):
    /// as many epochs as the budget holds, at least one, when an epoch has at least <see cref="MinSkipGramPairs"/>
    /// pairs, else none; 0 = never.
    /// </summary>
    public long SkipGramPairs { get; init; } = DefaultSkipGramPairs;

    /// <summary>Epochs of skip-gram pretraining instead of the budget's (0 = none); null = <see cref="SkipGramPairs"/> decides.</summary>
    public int? SkipGramEpochs { get; init; }

    /// <summary>Whether skip-gram pretraining may run: epochs given, or a budget (which a small corpus may still not reach).</summary>
    public bool SkipGramEnabled => SkipGramEpochs is { } epochs ? epochs > 0 : SkipGramPairs > 0;

    /// <summary>
    /// Skip-gram epochs for a corpus whose first epoch has <paramref name="pairsPerEpoch"/> pairs: <see cref="SkipGramEpochs"/>
    /// when set; else 0 below <see cref="MinSkipGramPairs"/>, and the budget over the pairs, rounded, at least 1, above.
    /// </summary>
    public int SkipGramEpochsFor(long pairsPerEpoch)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(pairsPerEpoch);
        if (SkipGramEpochs is { } epochs)
        {
            return epochs;
        }

        return SkipGramPairs == 0 || pairsPerEpoch < MinSkipGramPairs ? 0 : (int)Math.Max(1, Math.Round(SkipGramPairs / (double)pairsPerEpoch));
    }

    /// <summary>Share of each class held out for early stopping.</summary>
    public double ValidationFraction { get; init; } = 0.1;

    /// <summary>Share of each class held out for the final report.</summary>
    public double TestFraction { get; init; } = 0.1;

    /// <summary>
    /// Torch intra-op threads; 0 keeps TorchSharp's default (all cores). Default 1: the LSTM's small matrix products gain
    /// little from more threads, and when another process holds a core OpenMP's waiting threads slow an epoch several-fold
    /// (corpus.csv on this 2-core machine under load: 11 s per epoch with 1 thread, 102 s with 2).
    /// </summary>
    public int Threads { get; init; } = 1;

    /// <summary>Width of a dense ReLU layer before the classifier; 0 = none.</summary>
    public int DenseSize { get; init; }

    /// <summary>The model shape these options describe for a vocabulary of <paramref name="vocabularyCount"/> ids and the wide path's feature counts.</summary>
    public ModelOptions ModelOptionsFor(int vocabularyCount, int wideTokenFeatures = 0, int wideCharFeatures = 0) =>
        new(vocabularyCount, EmbeddingSize, HiddenSize, Layers, Bidirectional, Dropout, EmbeddingDropout, MaxPooling, wideTokenFeatures, wideCharFeatures, DenseSize, AttentionPooling);

    /// <summary>
    /// Epochs of the deep path for <paramref name="trainRows"/> training reviews: at most <see cref="Epochs"/>, and no
    /// more whole epochs than <see cref="MaxSteps"/> steps allow (at least one). A large corpus learns in fewer epochs
    /// and would otherwise spend its time budget on them.
    /// </summary>
    public int DeepEpochs(int trainRows)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(trainRows, 1);
        var stepsPerEpoch = (trainRows + BatchSize - 1) / BatchSize;
        return Math.Clamp(MaxSteps / stepsPerEpoch, 1, Epochs);
    }

    /// <summary>Checks every option; the first invalid one is named in the exception.</summary>
    /// <exception cref="InvalidTrainingOptionException">An option is out of range; the message says which and what it must be.</exception>
    public void Validate()
    {
        Require(!string.IsNullOrWhiteSpace(CorpusPath), nameof(CorpusPath), "a file path", $"'{CorpusPath}'");
        Require(!string.IsNullOrWhiteSpace(OutputDirectory), nameof(OutputDirectory), "a folder path", $"'{OutputDirectory}'");
        Positive(Epochs, nameof(Epochs));
        Positive(MaxSteps, nameof(MaxSteps));
        Positive(Patience, nameof(Patience));
        Positive(BatchSize, nameof(BatchSize));
        Require(LearningRate > 0 && double.IsFinite(LearningRate), nameof(LearningRate), "> 0", LearningRate);
        Require(WeightDecay >= 0 && double.IsFinite(WeightDecay), nameof(WeightDecay), ">= 0", WeightDecay);
        Require(LearningRateDecay is > 0 and <= 1, nameof(LearningRateDecay), "in (0, 1] (1 keeps the learning rate constant)", LearningRateDecay);
        Require(GradientClipNorm > 0 && double.IsFinite(GradientClipNorm), nameof(GradientClipNorm), "> 0", GradientClipNorm);
        Positive(MaxLength, nameof(MaxLength));
        Require(VocabularySize >= 3, nameof(VocabularySize), ">= 3 (PAD, UNK and one token)", VocabularySize);
        Positive(VocabularyMinCount, nameof(VocabularyMinCount));
        Positive(MaxCharacters, nameof(MaxCharacters));
        Positive(EmbeddingSize, nameof(EmbeddingSize));
        Positive(HiddenSize, nameof(HiddenSize));
        Positive(Layers, nameof(Layers));
        Probability(Dropout, nameof(Dropout));
        Probability(EmbeddingDropout, nameof(EmbeddingDropout));
        NonNegative(WideFeatures, nameof(WideFeatures));
        Require(SkipGramPairs >= 0, nameof(SkipGramPairs), ">= 0", SkipGramPairs);
        Require(SkipGramEpochs is null or >= 0, nameof(SkipGramEpochs), ">= 0 (or unset: the pair budget decides)", SkipGramEpochs);
        Require(ResidualFolds == 0 || (ResidualFolds is >= 2 and <= MaxResidualFolds && WideFeatures > 0), nameof(ResidualFolds),
            Invariant($"0, or 2 … {MaxResidualFolds} with a wide path (WideFeatures > 0)"), ResidualFolds);
        Require(ValidationFraction is > 0 and < 1, nameof(ValidationFraction), "in (0, 1)", ValidationFraction);
        Require(TestFraction is > 0 and < 1, nameof(TestFraction), "in (0, 1)", TestFraction);
        if (ValidationFraction + TestFraction >= MaxHeldOutFraction)
        {
            throw new InvalidTrainingOptionException(
                nameof(TestFraction),
                Invariant($"ValidationFraction + TestFraction must be < {MaxHeldOutFraction} to leave at least 10 % for training (got {ValidationFraction} + {TestFraction})."));
        }

        NonNegative(Threads, nameof(Threads));
        NonNegative(DenseSize, nameof(DenseSize));
    }

    private static void Positive(int value, string option) => Require(value > 0, option, "> 0", value);

    private static void NonNegative(int value, string option) => Require(value >= 0, option, ">= 0", value);

    private static void Probability(double value, string option) => Require(value is >= 0 and < 1, option, "in [0, 1)", value);

    private static void Require(bool valid, string option, string rule, object? value)
    {
        if (!valid)
        {
            throw new InvalidTrainingOptionException(option, Invariant($"{option} must be {rule} (got {value})."));
        }
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
