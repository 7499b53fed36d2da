using System.Text.Json;
using SentimentPipeline.ModelBundle;
using SentimentPipeline.Preprocessing;
using SentimentPipeline.Training.Reporting;

namespace SentimentPipeline.Training;

/// <summary>
/// The best checkpoint of a run, as kept in the output folder: <see cref="WeightsFile"/> (TorchSharp weights),
/// <see cref="InfoFile"/> (<see cref="CheckpointInfo"/>) and vocabulary.json. The export step loads it from here.
/// </summary>
public sealed class TrainedCheckpoint : IDisposable
{
    /// <summary>TorchSharp weights of the best epoch.</summary>
    public const string WeightsFile = "model.weights";

    /// <summary>The <see cref="CheckpointInfo"/> as JSON.</summary>
    public const string InfoFile = "model.json";

    private TrainedCheckpoint(CheckpointInfo info, Vocabulary vocabulary, SentimentClassifier model)
    {
        Info = info;
        Vocabulary = vocabulary;
        Model = model;
    }

    /// <summary>Model shape, encoder settings and provenance.</summary>
    public CheckpointInfo Info { get; }

    /// <summary>The vocabulary the model was trained with.</summary>
    public Vocabulary Vocabulary { get; }

    /// <summary>The trained classifier, in eval mode.</summary>
    public SentimentClassifier Model { get; }

    /// <summary>Writes model.json (the weights and vocabulary are written by the run as they are produced).</summary>
    public static void SaveInfo(string directory, CheckpointInfo info)
    {
        ArgumentException.ThrowIfNullOrEmpty(directory);
        ArgumentNullException.ThrowIfNull(info);
        AtomicFile.WriteAllText(Path.Combine(directory, InfoFile), JsonSerializer.Serialize(info, ReportJson.Options));
    }

    /// <summary>Loads a checkpoint folder (calls <see cref="TorchSharpNativeLoader.EnsureLoaded"/>).</summary>
    /// <exception cref="InvalidDataException">A file is missing or invalid; the message names it.</exception>
    public static TrainedCheckpoint Load(string directory)
    {
        ArgumentException.ThrowIfNullOrEmpty(directory);
        var infoPath = Path.Combine(directory, InfoFile);
        var weightsPath = Path.Combine(directory, WeightsFile);
        var vocabularyPath = Path.Combine(directory, ModelBundleFiles.Vocabulary);
        foreach (var path in new[] { infoPath, weightsPath, vocabularyPath })
        {
            if (!File.Exists(path))
            {
                throw new InvalidDataException($"{path} is missing: not a training output folder (run the Train task first).");
            }
        }

        CheckpointInfo info;
        try
        {
            info = JsonSerializer.Deserialize<CheckpointInfo>(File.ReadAllText(infoPath), ReportJson.Options)
                ?? throw new InvalidDataException($"{infoPath}: empty.");
            info.Model.Validate();
        }
        catch (Exception e) when (e is JsonException or ArgumentException)
        {
            throw new InvalidDataException($"{infoPath}: {e.Message}", e);
        }

        var vocabulary = Vocabulary.Load(vocabularyPath);
        if (vocabulary.Count != info.Model.VocabularySize)
        {
            throw new InvalidDataException($"{vocabularyPath} has {vocabulary.Count} ids but {infoPath} says the embedding has {info.Model.VocabularySize} rows.");
        }

        TorchSharpNativeLoader.EnsureLoaded();
        var model = new SentimentClassifier(info.Model);
        try
        {
            model.load(weightsPath);
        }
        catch (Exception e) when (e is ArgumentException or InvalidOperationException or IOException or EndOfStreamException)
        {
            model.Dispose();
            throw new InvalidDataException($"{weightsPath}: cannot load the weights ({e.Message}).", e);
        }

        model.eval();
        return new TrainedCheckpoint(info, vocabulary, model);
    }

    /// <summary>Releases the model's native tensors.</summary>
    public void Dispose() => Model.Dispose();
}
