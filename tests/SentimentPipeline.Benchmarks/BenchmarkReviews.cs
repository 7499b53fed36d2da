using System.Text;
using SentimentPipeline.Segmentation.Tests;
using SentimentPipeline.Tests.Shared;

namespace SentimentPipeline.Benchmarks;

/// <summary>The benchmark text: every review of ../shared/data/online_shopping_10_cats.csv.</summary>
public static class BenchmarkReviews
{
    public static string CorpusPath => Path.Combine(RepositoryPaths.SharedData, "online_shopping_10_cats.csv");

    public static IReadOnlyList<string> Load() => ReviewCorpus.ReadColumn(CorpusPath, "review");

    /// <summary>Total UTF-8 size, the unit of the MB/s figures (1 MB = 10^6 bytes).</summary>
    public static long Utf8Bytes(IReadOnlyList<string> reviews) => reviews.Sum(r => (long)Encoding.UTF8.GetByteCount(r));
}
