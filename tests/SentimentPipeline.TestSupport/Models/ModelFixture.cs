using SentimentPipeline.Prediction;
using SentimentPipeline.Preprocessing.Corpus;
using SentimentPipeline.Segmentation;

namespace SentimentPipeline.TestSupport;

/// <summary>
/// The tiny trained model shared by the end-to-end tests (see <see cref="TinyModelTrainer"/>), loaded once with the
/// default segmenter, and the first rows of the corpus it was trained on.
/// </summary>
public sealed class ModelFixture : IDisposable
{
    public const int SampleRows = 400;

    public ModelFixture()
    {
        BundleDirectory = TinyModelTrainer.EnsureBundle();
        Segmenter = JiebaSegmenter.CreateDefault();
        Reviews = [.. CorpusReader.Read(TinyModelTrainer.CorpusPath).Reviews.Take(SampleRows)];
        Model = SentimentModel.Load(BundleDirectory, new PredictionOptions { Segmenter = Segmenter });
    }

    public JiebaSegmenter Segmenter { get; }

    public IReadOnlyList<LabeledReview> Reviews { get; }

    /// <summary>The bundle directory; shared by every test process, so copy it before changing anything.</summary>
    public string BundleDirectory { get; }

    public SentimentModel Model { get; }

    public void Dispose() => Model.Dispose();
}
