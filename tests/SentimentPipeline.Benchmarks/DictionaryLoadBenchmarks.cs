using BenchmarkDotNet.Attributes;
using SentimentPipeline.Segmentation;

namespace SentimentPipeline.Benchmarks;

/// <summary>
/// Time (and allocation) to load Python jieba's dictionary (349,046 lines): ours, our whole default segmenter, and
/// jieba.NET's <c>WordDictionary</c>, the load its first segmenter pays.
/// </summary>
[MemoryDiagnoser]
[SimpleJob(launchCount: 1, warmupCount: 2, iterationCount: 6)]
public class DictionaryLoadBenchmarks
{
    [Benchmark(Baseline = true, Description = "ours: PrefixDictionary.LoadDefault")]
    public PrefixDictionary LoadDictionary() => PrefixDictionary.LoadDefault();

    [Benchmark(Description = "ours: JiebaSegmenter.CreateDefault (dictionary + HMM)")]
    public JiebaSegmenter CreateSegmenter() => JiebaSegmenter.CreateDefault();

    [Benchmark(Description = "jieba.NET: WordDictionary load")]
    public object LoadJiebaNetDictionary() => JiebaNetReference.LoadDictionary();
}
