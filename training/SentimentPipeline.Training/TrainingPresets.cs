namespace SentimentPipeline.Training;

/// <summary>
/// Named starting points for <c>train --preset NAME</c>: each replaces some defaults, and options given explicitly
/// on the command line still override it. The tutorials' models are the plain LSTMs: no embedding dropout, no max
/// pooling, no wide n-gram path, no pretrained embedding, a vocabulary of the most frequent ids.
/// </summary>
public static class TrainingPresets
{
    /// <summary>The first tutorial's model: 8 stacked unidirectional LSTM layers, embedding 256, hidden 128,
    /// learning rate 1e-4, a 3,000-word vocabulary, 64 tokens.</summary>
    public const string TutorialLstm = "tutorial-lstm";

    /// <summary>The second tutorial's model: a BiLSTM with a dense ReLU layer (64 units) before the classifier,
    /// vocabulary 3,000, 64 tokens (its reported test accuracy: 0.814, F1 0.817).</summary>
    public const string TutorialBiLstm = "tutorial-bilstm";

    /// <summary>Every preset name.</summary>
    public static IReadOnlyList<string> Names { get; } = [TutorialLstm, TutorialBiLstm];

    /// <summary>Applies preset <paramref name="name"/> to <paramref name="options"/>.</summary>
    /// <exception cref="ArgumentException">No preset has that name; the message lists the known ones.</exception>
    public static TrainingOptions Apply(string name, TrainingOptions options)
    {
        ArgumentNullException.ThrowIfNull(name);
        ArgumentNullException.ThrowIfNull(options);
        return name switch
        {
            TutorialLstm => options with
            {
                Layers = 8,
                Bidirectional = false,
                EmbeddingSize = 256,
                HiddenSize = 128,
                MaxSteps = int.MaxValue,
                LearningRate = 1e-4,
                VocabularySize = 3000,
                MaxLength = 64,
                DenseSize = 0,
                VocabularyMinCount = 1,
                EmbeddingDropout = 0,
                MaxPooling = false,
                WideFeatures = 0,
                SkipGramPairs = 0,
            },
            TutorialBiLstm => options with
            {
                Layers = 1,
                Bidirectional = true,
                EmbeddingSize = 128,
                HiddenSize = 128,
                MaxSteps = int.MaxValue,
                DenseSize = 64,
                VocabularySize = 3000,
                MaxLength = 64,
                VocabularyMinCount = 1,
                EmbeddingDropout = 0,
                MaxPooling = false,
                WideFeatures = 0,
                SkipGramPairs = 0,
            },
            _ => throw new ArgumentException($"Unknown preset '{name}'; known: {string.Join(", ", Names)}.", nameof(name)),
        };
    }
}
