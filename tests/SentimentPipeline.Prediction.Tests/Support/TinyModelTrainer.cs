using SentimentPipeline.Preprocessing;
using SentimentPipeline.Preprocessing.Corpus;
using SentimentPipeline.Segmentation;

namespace SentimentPipeline.Prediction.Tests.Support;

/// <summary>Produces the fixture's model bundle from labelled reviews.</summary>
internal static class TinyModelTrainer
{
    public static void Train(JiebaSegmenter segmenter, IReadOnlyList<LabeledReview> reviews, string directory)
    {
        var vocabulary = Vocabulary.Build(reviews.Select(r => TextEncoder.Tokenize(segmenter, r.Text)), maxSize: 500);
        TestBundles.Write(directory, TestBundles.Metadata(vocabulary, segmenter.DictionarySha256), vocabulary);
    }
}
