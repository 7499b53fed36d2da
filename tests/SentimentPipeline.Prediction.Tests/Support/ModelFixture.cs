using SentimentPipeline.Prediction;
using SentimentPipeline.Preprocessing;
using SentimentPipeline.Preprocessing.Corpus;
using SentimentPipeline.Segmentation;
using SentimentPipeline.Tests.Shared;

namespace SentimentPipeline.Prediction.Tests.Support;

/// <summary>
/// One tiny model bundle shared by the end-to-end tests: built once from the first rows of ../shared/data/corpus.csv,
/// loaded once with the default segmenter.
/// </summary>
public sealed class ModelFixture : IDisposable
{
    private readonly TemporaryDirectory _directory = new();

    public ModelFixture()
    {
        Segmenter = JiebaSegmenter.CreateDefault();
        var corpus = CorpusReader.Read(Path.Combine(RepositoryPaths.SharedData, "corpus.csv"));
        Reviews = corpus.Reviews.Take(TrainingRows).ToArray();
        BundleDirectory = _directory.Path;
        TinyModelTrainer.Train(Segmenter, Reviews, BundleDirectory);
        Model = SentimentModel.Load(BundleDirectory, new PredictionOptions { Segmenter = Segmenter });
    }

    public const int TrainingRows = 400;

    public JiebaSegmenter Segmenter { get; }

    public IReadOnlyList<LabeledReview> Reviews { get; }

    public string BundleDirectory { get; }

    public SentimentModel Model { get; }

    public void Dispose()
    {
        Model.Dispose();
        _directory.Dispose();
    }
}
