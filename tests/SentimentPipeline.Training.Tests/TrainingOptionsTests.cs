namespace SentimentPipeline.Training.Tests;

public sealed class TrainingOptionsTests
{
    private static readonly TrainingOptions Defaults = new() { CorpusPath = "corpus.csv", OutputDirectory = "out" };

    public static TheoryData<TrainingOptions, string, string> InvalidOptions => new()
    {
        { Defaults with { CorpusPath = " " }, nameof(TrainingOptions.CorpusPath), "CorpusPath must be a file path (got ' ')." },
        { Defaults with { OutputDirectory = "" }, nameof(TrainingOptions.OutputDirectory), "OutputDirectory must be a folder path (got '')." },
        { Defaults with { Epochs = 0 }, nameof(TrainingOptions.Epochs), "Epochs must be > 0 (got 0)." },
        { Defaults with { MaxSteps = 0 }, nameof(TrainingOptions.MaxSteps), "MaxSteps must be > 0 (got 0)." },
        { Defaults with { Patience = -1 }, nameof(TrainingOptions.Patience), "Patience must be > 0 (got -1)." },
        { Defaults with { BatchSize = 0 }, nameof(TrainingOptions.BatchSize), "BatchSize must be > 0 (got 0)." },
        { Defaults with { LearningRate = 0 }, nameof(TrainingOptions.LearningRate), "LearningRate must be > 0 (got 0)." },
        { Defaults with { LearningRate = double.NaN }, nameof(TrainingOptions.LearningRate), "LearningRate must be > 0 (got NaN)." },
        { Defaults with { WeightDecay = -0.5 }, nameof(TrainingOptions.WeightDecay), "WeightDecay must be >= 0 (got -0.5)." },
        { Defaults with { LearningRateDecay = 1.5 }, nameof(TrainingOptions.LearningRateDecay), "LearningRateDecay must be in (0, 1] (1 keeps the learning rate constant) (got 1.5)." },
        { Defaults with { GradientClipNorm = 0 }, nameof(TrainingOptions.GradientClipNorm), "GradientClipNorm must be > 0 (got 0)." },
        { Defaults with { MaxLength = 0 }, nameof(TrainingOptions.MaxLength), "MaxLength must be > 0 (got 0)." },
        { Defaults with { VocabularySize = 2 }, nameof(TrainingOptions.VocabularySize), "VocabularySize must be >= 3 (PAD, UNK and one token) (got 2)." },
        { Defaults with { VocabularyMinCount = 0 }, nameof(TrainingOptions.VocabularyMinCount), "VocabularyMinCount must be > 0 (got 0)." },
        { Defaults with { MaxCharacters = 0 }, nameof(TrainingOptions.MaxCharacters), "MaxCharacters must be > 0 (got 0)." },
        { Defaults with { EmbeddingSize = 0 }, nameof(TrainingOptions.EmbeddingSize), "EmbeddingSize must be > 0 (got 0)." },
        { Defaults with { HiddenSize = 0 }, nameof(TrainingOptions.HiddenSize), "HiddenSize must be > 0 (got 0)." },
        { Defaults with { Layers = 0 }, nameof(TrainingOptions.Layers), "Layers must be > 0 (got 0)." },
        { Defaults with { Dropout = 1 }, nameof(TrainingOptions.Dropout), "Dropout must be in [0, 1) (got 1)." },
        { Defaults with { EmbeddingDropout = -0.1 }, nameof(TrainingOptions.EmbeddingDropout), "EmbeddingDropout must be in [0, 1) (got -0.1)." },
        { Defaults with { WideFeatures = -1 }, nameof(TrainingOptions.WideFeatures), "WideFeatures must be >= 0 (got -1)." },
        { Defaults with { ResidualFolds = 1 }, nameof(TrainingOptions.ResidualFolds), "ResidualFolds must be 0, or 2 … 20 with a wide path (WideFeatures > 0) (got 1)." },
        { Defaults with { ResidualFolds = 5, WideFeatures = 0 }, nameof(TrainingOptions.ResidualFolds), "ResidualFolds must be 0, or 2 … 20 with a wide path (WideFeatures > 0) (got 5)." },
        { Defaults with { SkipGramPairs = -1 }, nameof(TrainingOptions.SkipGramPairs), "SkipGramPairs must be >= 0 (got -1)." },
        { Defaults with { SkipGramEpochs = -1 }, nameof(TrainingOptions.SkipGramEpochs), "SkipGramEpochs must be >= 0 (or unset: the pair budget decides) (got -1)." },
        { Defaults with { ValidationFraction = 0 }, nameof(TrainingOptions.ValidationFraction), "ValidationFraction must be in (0, 1) (got 0)." },
        { Defaults with { TestFraction = 1 }, nameof(TrainingOptions.TestFraction), "TestFraction must be in (0, 1) (got 1)." },
        {
            Defaults with { ValidationFraction = 0.5, TestFraction = 0.4 }, nameof(TrainingOptions.TestFraction),
            "ValidationFraction + TestFraction must be < 0.9 to leave at least 10 % for training (got 0.5 + 0.4)."
        },
        { Defaults with { Threads = -1 }, nameof(TrainingOptions.Threads), "Threads must be >= 0 (got -1)." },
        { Defaults with { DenseSize = -1 }, nameof(TrainingOptions.DenseSize), "DenseSize must be >= 0 (got -1)." },
    };

    [Theory]
    [InlineData(3_448, 10)]  // corpus.csv's training split: 54 steps an epoch, all 10 epochs fit in 4,000
    [InlineData(50_217, 5)]  // online_shopping's: 785 steps an epoch
    [InlineData(1_000_000, 1)] // more steps than the budget in one epoch: still one epoch
    public void DeepEpochs_DefaultStepBudget_LimitsLargeCorpora(int trainRows, int expected)
    {
        Assert.Equal(expected, Defaults.DeepEpochs(trainRows));
    }

    [Theory]
    [InlineData(3_000_000L, 5)]  // about online_shopping's first epoch: the budget holds 5
    [InlineData(2_800_000L, 5)]  // rounded, not cut: 5.4 epochs
    [InlineData(580_000L, 26)]   // 7,500 long hotel reviews
    [InlineData(500_000L, 30)]   // the least an epoch may have
    [InlineData(499_999L, 0)]    // too little text: no pretraining
    [InlineData(173_000L, 0)]    // corpus.csv's
    [InlineData(0L, 0)]          // no pairs at all (every review one token)
    [InlineData(40_000_000L, 1)] // more pairs than the budget in one epoch: still one epoch
    public void SkipGramEpochsFor_DefaultBudget_PretrainsCorporaWithEnoughText(long pairsPerEpoch, int expected)
    {
        Assert.True(Defaults.SkipGramEnabled);
        Assert.Equal(expected, Defaults.SkipGramEpochsFor(pairsPerEpoch));
    }

    [Fact]
    public void SkipGramEpochsFor_EpochsOrNoBudgetGiven_OverridesTheBudget()
    {
        Assert.Equal(3, (Defaults with { SkipGramEpochs = 3 }).SkipGramEpochsFor(173_000));
        Assert.Equal(0, (Defaults with { SkipGramEpochs = 0 }).SkipGramEpochsFor(3_000_000));
        Assert.False((Defaults with { SkipGramEpochs = 0 }).SkipGramEnabled);
        Assert.Equal(0, (Defaults with { SkipGramPairs = 0 }).SkipGramEpochsFor(3_000_000));
        Assert.False((Defaults with { SkipGramPairs = 0 }).SkipGramEnabled);
        Assert.True((Defaults with { SkipGramPairs = 0, SkipGramEpochs = 2 }).SkipGramEnabled);
    }

    [Fact]
    public void Defaults_AreTheDocumentedOnes()
    {
        // A default run's results (and the README's figures) depend on these: changing one is a decision, never a side effect.
        Assert.Equal(
            (10, 4000, 3, 64, 1e-3, 0.0, 0.5, 5.0, 42),
            (Defaults.Epochs, Defaults.MaxSteps, Defaults.Patience, Defaults.BatchSize, Defaults.LearningRate, Defaults.WeightDecay,
                Defaults.LearningRateDecay, Defaults.GradientClipNorm, Defaults.Seed));
        Assert.Equal(
            (128, 500_000, 2, 256, 128, 64, 1, true, 0.5, 0.2, true, 400_000, 0.1, 0.1, 1, 0),
            (Defaults.MaxLength, Defaults.VocabularySize, Defaults.VocabularyMinCount, Defaults.MaxCharacters, Defaults.EmbeddingSize, Defaults.HiddenSize, Defaults.Layers,
                Defaults.Bidirectional, Defaults.Dropout, Defaults.EmbeddingDropout, Defaults.MaxPooling, Defaults.WideFeatures,
                Defaults.ValidationFraction, Defaults.TestFraction, Defaults.Threads, Defaults.DenseSize));
        Assert.Equal((0, 15_000_000L, null, 500_000L), (Defaults.ResidualFolds, Defaults.SkipGramPairs, Defaults.SkipGramEpochs, TrainingOptions.MinSkipGramPairs));
        Assert.Null(Defaults.Format);
        Assert.False(Defaults.SkipInvalidRows);
    }

    [Fact]
    public void Validate_Defaults_Passes() => Defaults.Validate();

    [Theory]
    [MemberData(nameof(InvalidOptions))]
    public void Validate_OptionOutOfRange_ThrowsNamingTheOption(TrainingOptions options, string option, string message)
    {
        var error = Assert.Throws<InvalidTrainingOptionException>(options.Validate);

        Assert.Equal(option, error.ParamName);
        Assert.Equal(message, error.Message);
    }

    [Fact]
    public void Constructor_InvalidOptions_Throws()
    {
        var options = Defaults with { BatchSize = 0 };

        Assert.Throws<InvalidTrainingOptionException>(() => new SentimentTrainer(options, new QuietConsole().Console));
        Assert.Throws<InvalidTrainingOptionException>(() => new TrainingRun(options, new QuietConsole().Console));
    }
}
