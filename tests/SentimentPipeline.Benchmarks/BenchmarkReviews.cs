using System.Text;
using SentimentPipeline.TestSupport;

namespace SentimentPipeline.Benchmarks;

/// <summary>The benchmark text: the reviews of ../shared/data/online_shopping_10_cats.csv.</summary>
public static class BenchmarkReviews
{
    /// <summary>Every <see cref="SampleStride"/>-th review goes into <see cref="Sample"/>.</summary>
    public const int SampleStride = 10;

    public static string CorpusPath => SharedCorpora.PathOf(SharedCorpora.OnlineShopping);

    /// <summary>Every review with text (62,773).</summary>
    public static IReadOnlyList<string> Load() => SharedCorpora.ReviewTexts(SharedCorpora.OnlineShopping);

    /// <summary>
    /// Every tenth review, all ten categories (6,278 reviews): the text of the BenchmarkDotNet throughput
    /// benchmarks, small enough that the slowest segmenter still finishes an operation in seconds.
    /// </summary>
    public static IReadOnlyList<string> Sample() => Load().Where((_, i) => i % SampleStride == 0).ToList();

    /// <summary>
    /// <paramref name="count"/> reviews evenly spaced over the whole corpus, all ten categories: the text of the
    /// prediction benchmarks and the load test. (The first 1,024 reviews are all books and average 108.6 tokens
    /// against the corpus's 33.9, so they would measure a corpus of long reviews.)
    /// </summary>
    public static IReadOnlyList<string> Spread(int count)
    {
        var reviews = Load();
        var stride = Math.Max(1, reviews.Count / count);
        return [.. reviews.Where((_, i) => i % stride == 0).Take(count)];
    }

    /// <summary>Total UTF-8 size, the unit of the MB/s figures (1 MB = 10^6 bytes).</summary>
    public static long Utf8Bytes(IReadOnlyList<string> reviews) => reviews.Sum(r => (long)Encoding.UTF8.GetByteCount(r));
}
