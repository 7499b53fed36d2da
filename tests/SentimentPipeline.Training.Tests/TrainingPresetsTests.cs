using System.CommandLine;
using System.Text.Json;
using SentimentPipeline.ModelBundle;
using SentimentPipeline.Training.Cli;

namespace SentimentPipeline.Training.Tests;

public sealed class TrainingPresetsTests
{
    private static readonly TrainingOptions Defaults = new() { CorpusPath = "corpus.csv", OutputDirectory = "out" };

    [Fact]
    public void Apply_TutorialLstm_IsEightUnidirectionalLayersOfTheFirstTutorial()
    {
        var options = TrainingPresets.Apply(TrainingPresets.TutorialLstm, Defaults);

        Assert.Equal(Defaults with
        {
            Layers = 8,
            Bidirectional = false,
            EmbeddingSize = 256,
            HiddenSize = 128,
            LearningRate = 1e-4,
            VocabularySize = 3000,
            MaxLength = 64,
            VocabularyMinCount = 1,
            EmbeddingDropout = 0,
            MaxPooling = false,
            WideFeatures = 0,
            SkipGramPairs = 0,
            MaxSteps = int.MaxValue
        }, options);
    }

    [Fact]
    public void Apply_TutorialBiLstm_AddsDenseReluLayer()
    {
        var options = TrainingPresets.Apply(TrainingPresets.TutorialBiLstm, Defaults);

        Assert.Equal(Defaults with
        {
            DenseSize = 64,
            Bidirectional = true,
            Layers = 1,
            EmbeddingSize = 128,
            HiddenSize = 128,
            VocabularySize = 3000,
            MaxLength = 64,
            VocabularyMinCount = 1,
            EmbeddingDropout = 0,
            MaxPooling = false,
            WideFeatures = 0,
            SkipGramPairs = 0,
            MaxSteps = int.MaxValue
        }, options);
    }

    [Fact]
    public void Apply_UnknownName_ListsKnownPresets()
    {
        var error = Assert.Throws<ArgumentException>(() => TrainingPresets.Apply("tutorial-gru", Defaults));

        Assert.Contains("tutorial-lstm, tutorial-bilstm", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    [Trait("Category", "Slow")]
    public void Invoke_PresetWithExplicitOptions_ExplicitOptionsWin()
    {
        using var directory = new TemporaryDirectory();
        var console = new QuietConsole();

        var exit = new RootCommand { TrainCommand.Create(console.Console) }.Parse([
            "train", "--corpus", RepositoryPaths.DefaultCorpus, "--output", directory.Path, "--preset", "tutorial-lstm",
            "--layers", "2", "--embedding-size", "16", "--hidden-size", "8", "--epochs", "1",
        ]).Invoke();

        Assert.Equal(0, exit);
        using var metrics = JsonDocument.Parse(File.ReadAllText(Path.Combine(directory.Path, ModelBundleFiles.Metrics)));
        var model = metrics.RootElement.GetProperty("model");
        Assert.Equal(2, model.GetProperty("layers").GetInt32());             // explicit
        Assert.Equal(16, model.GetProperty("embeddingSize").GetInt32());     // explicit
        Assert.False(model.GetProperty("bidirectional").GetBoolean());       // preset
        var options = metrics.RootElement.GetProperty("training").GetProperty("options");
        Assert.Equal(1e-4, options.GetProperty("learningRate").GetDouble()); // preset
        Assert.Equal(1, options.GetProperty("epochs").GetInt32());           // explicit
    }

    [Fact]
    public void Invoke_UnknownPreset_ExitsWithOptionCode()
    {
        var console = new QuietConsole();

        var exit = new RootCommand { TrainCommand.Create(console.Console) }.Parse(["train", "--corpus", RepositoryPaths.DefaultCorpus, "--preset", "nope"]).Invoke();

        Assert.Equal(ExitCodes.Usage, exit);
    }
}
