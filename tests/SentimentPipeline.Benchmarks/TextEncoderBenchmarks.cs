using BenchmarkDotNet.Attributes;
using SentimentPipeline.ModelBundle;
using SentimentPipeline.Preprocessing;
using SentimentPipeline.Segmentation;

namespace SentimentPipeline.Benchmarks;

/// <summary>
/// What encoding adds to segmentation, single thread, over the same reviews (<see cref="BenchmarkReviews.Sample"/>):
/// the segmenter's <c>Cut</c> alone (the baseline), the encoder's <c>Tokenize</c> (normalising, dropping whitespace,
/// lower-casing) and the whole <c>Encode</c> (token and character ids), with the vocabulary of
/// <see cref="PredictionBenchmarkModel"/>'s bundle.
/// </summary>
[MemoryDiagnoser]
[SimpleJob(launchCount: 1, warmupCount: 2, iterationCount: 6)]
public class TextEncoderBenchmarks
{
    private IReadOnlyList<string> _reviews = [];
    private JiebaSegmenter _segmenter = null!;
    private TextEncoder _encoder = null!;

    [GlobalSetup]
    public void Setup()
    {
        _reviews = BenchmarkReviews.Sample();
        _segmenter = JiebaSegmenter.CreateDefault();
        var vocabulary = Vocabulary.Load(Path.Combine(PredictionBenchmarkModel.Directory, ModelBundleFiles.Vocabulary));
        _encoder = new TextEncoder(_segmenter, vocabulary);
    }

    [Benchmark(Baseline = true, Description = "segmenter: Cut, accurate + HMM")]
    public int Cut() => OverReviews(review => _segmenter.Cut(review).Count);

    [Benchmark(Description = "encoder: Tokenize")]
    public int Tokenize() => OverReviews(review => _encoder.Tokenize(review).Count);

    [Benchmark(Description = "encoder: Encode (token and character ids)")]
    public int Encode() => OverReviews(review => _encoder.Encode(review).CharLength);

    // One delegate call per review, the same for every method (a few nanoseconds against microseconds of work).
    private int OverReviews(Func<string, int> measure)
    {
        var total = 0;
        foreach (var review in _reviews)
        {
            total += measure(review);
        }

        return total;
    }
}
