using Microsoft.ML.OnnxRuntime;
using SentimentPipeline.ModelBundle;
using SentimentPipeline.OnnxExport.Tests.Support;
using SentimentPipeline.Preprocessing;
using SentimentPipeline.Segmentation;
using SentimentPipeline.Training;
using SentimentPipeline.Training.CheckpointExport;
using Spectre.Console;

namespace SentimentPipeline.OnnxExport.Tests;

/// <summary>The training program's export step on a checkpoint folder as the training run leaves it.</summary>
[Trait("Category", "Slow")]
public sealed class CheckpointExporterTests
{
    private static readonly IAnsiConsole Quiet = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(TextWriter.Null) });

    [Fact]
    public void Export_CompleteCheckpoint_WritesModelWithTestMetricsAndCheckpointFacts()
    {
        using var directory = new TemporaryDirectory();
        WriteCheckpoint(directory.Path, JiebaSegmenter.CreateDefault().DictionarySha256);

        var result = new CheckpointExporter(Quiet).Export(directory.Path, corpus: null);

        // The empty review, the over-long one and the four probe sentences.
        Assert.Equal(6, result.ReviewsCompared);
        using var session = new InferenceSession(Path.Combine(directory.Path, ModelBundleFiles.Model));
        var properties = session.ModelMetadata.CustomMetadataMap;
        Assert.Equal("""{"accuracy":0.75}""", properties[ModelMetadataKeys.Metrics]);
        Assert.Equal("12", properties[ModelMetadataKeys.MaxLength]);
        Assert.Equal("negative,positive", properties[ModelMetadataKeys.Labels]);
    }

    [Fact]
    public void Export_CheckpointFromAnotherDictionary_IsRefusedAndWritesNoModel()
    {
        using var directory = new TemporaryDirectory();
        WriteCheckpoint(directory.Path, dictionarySha256: new string('0', 64));

        var error = Assert.Throws<InvalidDataException>(() => new CheckpointExporter(Quiet).Export(directory.Path, corpus: null));

        Assert.Contains("dictionary", error.Message, StringComparison.Ordinal);
        Assert.False(File.Exists(Path.Combine(directory.Path, ModelBundleFiles.Model)));
    }

    [Fact]
    public void Export_MetricsWithoutTestSection_NamesTheFile()
    {
        using var directory = new TemporaryDirectory();
        WriteCheckpoint(directory.Path, JiebaSegmenter.CreateDefault().DictionarySha256);
        var metrics = Path.Combine(directory.Path, ModelBundleFiles.Metrics);
        File.WriteAllText(metrics, """{"validation":{}}""");

        var error = Assert.Throws<InvalidDataException>(() => new CheckpointExporter(Quiet).Export(directory.Path, corpus: null));

        Assert.Contains(metrics, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Export_FolderWithoutCheckpoint_SaysWhatIsMissing()
    {
        using var directory = new TemporaryDirectory();

        var error = Assert.Throws<InvalidDataException>(() => new CheckpointExporter(Quiet).Export(directory.Path, corpus: null));

        Assert.Contains("missing", error.Message, StringComparison.Ordinal);
    }

    private static void WriteCheckpoint(string directory, string dictionarySha256)
    {
        using var model = TinyTrainedClassifier.Create(layers: 1, bidirectional: true, seed: 8);
        model.save(Path.Combine(directory, TrainedCheckpoint.WeightsFile));
        TrainedCheckpoint.SaveInfo(directory, new CheckpointInfo(model.Options, MaxLength: 12, MaxCharacters: 24, TextEncoder.PreprocessingVersion,
            dictionarySha256, ["negative", "positive"], BestEpoch: 1, Seed: 8));
        new Vocabulary(Enumerable.Range(2, TinyTrainedClassifier.Vocabulary - 2).Select(i => $"词{i}")).Save(Path.Combine(directory, ModelBundleFiles.Vocabulary));
        File.WriteAllText(Path.Combine(directory, ModelBundleFiles.Metrics), """{"test":{"accuracy":0.75},"validation":{}}""");
    }
}
