using BenchmarkDotNet.Attributes;
using SentimentPipeline.Segmentation;

namespace SentimentPipeline.Benchmarks;

/// <summary>
/// Single-thread segmentation of the same reviews (<see cref="BenchmarkReviews.Sample"/>) per operation, by this
/// segmenter and by jieba.NET 0.42.2 in the same process; see the MB/s column. Both use Python jieba's dictionary.
/// </summary>
[MemoryDiagnoser]
[SimpleJob(launchCount: 1, warmupCount: 2, iterationCount: 6)]
public class SegmenterThroughputBenchmarks
{
    private IReadOnlyList<string> _reviews = [];
    private JiebaSegmenter _segmenter = null!;
    private JiebaNet.Segmenter.JiebaSegmenter _jiebaNet = null!;

    [GlobalSetup]
    public void Setup()
    {
        _reviews = BenchmarkReviews.Sample();
        _segmenter = JiebaSegmenter.CreateDefault();
        _jiebaNet = JiebaNetReference.Create();
    }

    [Benchmark(Baseline = true, Description = "ours: Cut, accurate + HMM")]
    public int CutAccurateWithHmm()
    {
        var tokens = 0;
        foreach (var review in _reviews)
        {
            tokens += _segmenter.Cut(review).Count;
        }

        return tokens;
    }

    [Benchmark(Description = "ours: Cut, accurate without HMM")]
    public int CutAccurateWithoutHmm()
    {
        var tokens = 0;
        foreach (var review in _reviews)
        {
            tokens += _segmenter.Cut(review, hmm: false).Count;
        }

        return tokens;
    }

    [Benchmark(Description = "jieba.NET: Cut, accurate + HMM")]
    public int JiebaNetAccurateWithHmm()
    {
        var tokens = 0;
        foreach (var review in _reviews)
        {
            tokens += _jiebaNet.Cut(review, cutAll: false, hmm: true).Count();
        }

        return tokens;
    }

    [Benchmark(Description = "jieba.NET: Cut, accurate without HMM")]
    public int JiebaNetAccurateWithoutHmm()
    {
        var tokens = 0;
        foreach (var review in _reviews)
        {
            tokens += _jiebaNet.Cut(review, cutAll: false, hmm: false).Count();
        }

        return tokens;
    }
}
