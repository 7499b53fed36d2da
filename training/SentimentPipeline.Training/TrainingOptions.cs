using SentimentPipeline.Preprocessing;
using SentimentPipeline.Preprocessing.Corpus;

namespace SentimentPipeline.Training;

/// <summary>Everything a training run depends on. Defaults follow the tutorial where it is sound, and fix it where it is not.</summary>
/// <param name="CorpusPath">The review CSV (see <see cref="Preprocessing.Corpus.CorpusFormat"/> for the formats).</param>
/// <param name="OutputDirectory">Where the checkpoint, vocabulary, metrics.json and plots go.</param>
/// <param name="Format">Columns and label mapping of the corpus, or null to detect a preset from the header.</param>
/// <param name="SkipInvalidRows">Skip (and count in the report) invalid rows instead of failing on the first.</param>
/// <param name="Epochs">Maximum epochs.</param>
/// <param name="MaxSteps">Optimisation steps the deep path may take: no more whole epochs are run than fit in them (at least one).</param>
/// <param name="Patience">Stop after this many epochs without a better validation accuracy or a lower validation loss.</param>
/// <param name="BatchSize">Reviews per optimisation step.</param>
/// <param name="LearningRate">Adam learning rate.</param>
/// <param name="WeightDecay">Adam L2 weight decay.</param>
/// <param name="LearningRateDecay">Factor applied to the learning rate after an epoch without a better validation accuracy or a lower validation loss.</param>
/// <param name="GradientClipNorm">Maximum global gradient norm.</param>
/// <param name="Seed">Seeds the split, shuffling, initialisation and dropout: the same seed repeats a CPU run.</param>
/// <param name="MaxLength">Tokens kept per review.</param>
/// <param name="VocabularySize">Most ids in the vocabulary, PAD and UNK included.</param>
/// <param name="VocabularyMinCount">Tokens and characters seen fewer times in the training split are UNK.</param>
/// <param name="MaxCharacters">Character ids kept per review.</param>
/// <param name="EmbeddingSize">Token embedding width.</param>
/// <param name="HiddenSize">LSTM hidden size per direction.</param>
/// <param name="Layers">Stacked LSTM layers.</param>
/// <param name="Bidirectional">BiLSTM (true) or LSTM.</param>
/// <param name="Dropout">Dropout before the classifier.</param>
/// <param name="EmbeddingDropout">Dropout on the token embeddings.</param>
/// <param name="MaxPooling">Max pooling over the LSTM outputs beside the final states.</param>
/// <param name="WideFeatures">Most n-gram features of the wide path (the most frequent in the training split); 0 = LSTM only.</param>
/// <param name="ValidationFraction">Share of each class held out for early stopping.</param>
/// <param name="TestFraction">Share of each class held out for the final report.</param>
/// <param name="Threads">
/// Torch intra-op threads; 0 keeps TorchSharp's default (all cores). Default 1: the LSTM's small matrix products gain
/// little from more threads, and when another process holds a core OpenMP's waiting threads slow an epoch several-fold
/// (corpus.csv on this 2-core machine under load: 11 s per epoch with 1 thread, 102 s with 2).
/// </param>
/// <param name="DenseSize">Width of a dense ReLU layer before the classifier; 0 = none.</param>
public sealed record TrainingOptions(
    string CorpusPath,
    string OutputDirectory,
    CorpusFormat? Format = null,
    bool SkipInvalidRows = false,
    int Epochs = 10,
    int MaxSteps = TrainingOptions.DefaultMaxSteps,
    int Patience = 3,
    int BatchSize = 64,
    double LearningRate = 1e-3,
    double WeightDecay = 0,
    double LearningRateDecay = 0.5,
    double GradientClipNorm = 5.0,
    int Seed = 42,
    int MaxLength = TextEncoder.DefaultMaxLength,
    int VocabularySize = TrainingOptions.DefaultVocabularyCap,
    int VocabularyMinCount = 2,
    int MaxCharacters = TextEncoder.DefaultMaxCharacters,
    int EmbeddingSize = 128,
    int HiddenSize = 64,
    int Layers = 1,
    bool Bidirectional = true,
    double Dropout = 0.5,
    double EmbeddingDropout = 0.2,
    bool MaxPooling = true,
    int WideFeatures = TrainingOptions.DefaultWideFeatures,
    double ValidationFraction = 0.1,
    double TestFraction = 0.1,
    int Threads = 1,
    int DenseSize = 0)
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

    /// <summary>The model shape these options describe for a vocabulary of <paramref name="vocabularyCount"/> ids and the wide path's feature counts.</summary>
    public ModelOptions ModelOptionsFor(int vocabularyCount, int wideTokenFeatures = 0, int wideCharFeatures = 0) =>
        new(vocabularyCount, EmbeddingSize, HiddenSize, Layers, Bidirectional, Dropout, EmbeddingDropout, MaxPooling, wideTokenFeatures, wideCharFeatures, DenseSize);

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

    /// <summary>Throws <see cref="ArgumentException"/> naming the first invalid option.</summary>
    public void Validate()
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(CorpusPath);
        ArgumentException.ThrowIfNullOrWhiteSpace(OutputDirectory);
        ArgumentOutOfRangeException.ThrowIfLessThan(Epochs, 1, nameof(Epochs));
        ArgumentOutOfRangeException.ThrowIfLessThan(MaxSteps, 1, nameof(MaxSteps));
        ArgumentOutOfRangeException.ThrowIfLessThan(Patience, 1, nameof(Patience));
        ArgumentOutOfRangeException.ThrowIfLessThan(BatchSize, 1, nameof(BatchSize));
        ArgumentOutOfRangeException.ThrowIfLessThan(MaxLength, 1, nameof(MaxLength));
        ArgumentOutOfRangeException.ThrowIfLessThan(VocabularySize, 3, nameof(VocabularySize));
        ArgumentOutOfRangeException.ThrowIfLessThan(VocabularyMinCount, 1, nameof(VocabularyMinCount));
        ArgumentOutOfRangeException.ThrowIfLessThan(MaxCharacters, 1, nameof(MaxCharacters));
        ArgumentOutOfRangeException.ThrowIfNegative(WideFeatures, nameof(WideFeatures));
        ArgumentOutOfRangeException.ThrowIfNegative(Threads, nameof(Threads));
        if (!(LearningRate > 0) || !(GradientClipNorm > 0) || WeightDecay < 0 || LearningRateDecay is <= 0 or > 1)
        {
            throw new ArgumentOutOfRangeException(nameof(LearningRate), "LearningRate and GradientClipNorm must be positive, WeightDecay non-negative, LearningRateDecay in (0, 1].");
        }

        if (ValidationFraction is <= 0 or >= 1 || TestFraction is <= 0 or >= 1 || ValidationFraction + TestFraction >= 0.9)
        {
            throw new ArgumentOutOfRangeException(nameof(ValidationFraction), "ValidationFraction and TestFraction must be in (0, 1) and leave at least 10 % for training.");
        }

        ModelOptionsFor(VocabularySize).Validate();
    }
}
