namespace SentimentPipeline.Training.Tests;

public sealed class TrainedCheckpointTests
{
    [Fact]
    public void Load_MissingFolderContent_ThrowsNamingFile()
    {
        using var directory = new TemporaryDirectory();

        var error = Assert.Throws<InvalidDataException>(() => TrainedCheckpoint.Load(directory.Path));

        Assert.Contains(TrainedCheckpoint.InfoFile, error.Message, StringComparison.Ordinal);
    }

    [Trait("Category", "Slow")]
    [Theory]
    [InlineData(0)]
    [InlineData(7)]
    [InlineData(4096)]
    public void Load_CorruptOrTruncatedWeights_ThrowsInvalidData(int keptBytes)
    {
        using var directory = new TemporaryDirectory();
        new TrainingRun(TinyRun.Options(RepositoryPaths.DefaultCorpus, directory.Path) with { Epochs = 1 }, new QuietConsole().Console).Run();
        var weights = Path.Combine(directory.Path, TrainedCheckpoint.WeightsFile);
        File.WriteAllBytes(weights, File.ReadAllBytes(weights)[..keptBytes]);

        var error = Assert.Throws<InvalidDataException>(() => TrainedCheckpoint.Load(directory.Path));

        Assert.Contains(TrainedCheckpoint.WeightsFile, error.Message, StringComparison.Ordinal);
    }

    [Trait("Category", "Slow")]
    [Fact]
    public void Load_VocabularyOfOtherSize_ThrowsInvalidData()
    {
        using var directory = new TemporaryDirectory();
        new TrainingRun(TinyRun.Options(RepositoryPaths.DefaultCorpus, directory.Path) with { Epochs = 1 }, new QuietConsole().Console).Run();
        new Preprocessing.Vocabulary(["好"]).Save(Path.Combine(directory.Path, "vocabulary.json"));

        var error = Assert.Throws<InvalidDataException>(() => TrainedCheckpoint.Load(directory.Path));

        Assert.Contains("vocabulary.json", error.Message, StringComparison.Ordinal);
    }
}
