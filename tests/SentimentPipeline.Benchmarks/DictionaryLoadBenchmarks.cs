using BenchmarkDotNet.Attributes;
using SentimentPipeline.Segmentation;

namespace SentimentPipeline.Benchmarks;

/// <summary>Time to load the embedded jieba dictionary (349,045 words) and the whole default segmenter.</summary>
[MemoryDiagnoser]
[SimpleJob(launchCount: 1, warmupCount: 2, iterationCount: 8)]
public class DictionaryLoadBenchmarks
{
    [Benchmark(Description = "PrefixDictionary.LoadDefault")]
    public PrefixDictionary LoadDictionary() => PrefixDictionary.LoadDefault();

    [Benchmark(Description = "JiebaSegmenter.CreateDefault (dictionary + HMM)")]
    public JiebaSegmenter CreateSegmenter() => JiebaSegmenter.CreateDefault();
}
