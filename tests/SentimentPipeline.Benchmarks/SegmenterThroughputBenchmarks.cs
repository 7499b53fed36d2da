using BenchmarkDotNet.Attributes;
using SentimentPipeline.Segmentation;

namespace SentimentPipeline.Benchmarks;

/// <summary>Single-thread segmentation of every online_shopping review per operation; see the MB/s column.</summary>
[MemoryDiagnoser]
[SimpleJob(launchCount: 1, warmupCount: 2, iterationCount: 8)]
public class SegmenterThroughputBenchmarks
{
    private IReadOnlyList<string> _reviews = [];
    private JiebaSegmenter _segmenter = null!;

    [GlobalSetup]
    public void Setup()
    {
        _reviews = BenchmarkReviews.Load();
        _segmenter = JiebaSegmenter.CreateDefault();
    }

    [Benchmark(Description = "Cut, accurate + HMM")]
    public int CutAccurateWithHmm()
    {
        var tokens = 0;
        foreach (var review in _reviews)
        {
            tokens += _segmenter.Cut(review).Count;
        }

        return tokens;
    }

    [Benchmark(Description = "Cut, accurate without HMM")]
    public int CutAccurateWithoutHmm()
    {
        var tokens = 0;
        foreach (var review in _reviews)
        {
            tokens += _segmenter.Cut(review, hmm: false).Count;
        }

        return tokens;
    }
}
