namespace SentimentPipeline.Training.Tests;

/// <summary>Options for a small, fast run on a corpus (a few seconds on two cores).</summary>
internal static class TinyRun
{
    public static TrainingOptions Options(string corpus, string output, int seed = 7) => new()
    {
        CorpusPath = corpus,
        OutputDirectory = output,
        Epochs = 3,
        Patience = 3,
        BatchSize = 32,
        LearningRate = 5e-3,
        Seed = seed,
        MaxLength = 24,
        VocabularySize = 500,
        EmbeddingSize = 16,
        HiddenSize = 16,
        Dropout = 0.2,
        Threads = 1,
    };
}
