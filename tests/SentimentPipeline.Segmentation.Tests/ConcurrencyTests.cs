using CsCheck;
using SentimentPipeline.Segmentation;
using SentimentPipeline.TestSupport;

namespace SentimentPipeline.Segmentation.Tests;

public sealed class ConcurrencyTests
{
    [Trait("Category", "Slow")] // 24,000 cuts on 16 threads
    [Fact]
    public void Cut_ManyThreadsOnOneSegmenter_SameAnswersAsOneThread()
    {
        var segmenter = JiebaSegmenter.CreateDefault();
        var texts = TextGenerators.MixedText.Array[2_000].Single();
        texts[0] = new string('\u9FD0', 100_000); // a huge input that makes one thread regrow and drop its buffers
        var expected = texts.Select(t => (segmenter.Cut(t), segmenter.Cut(t, false), segmenter.CutForSearch(t))).ToArray();

        Parallel.For(0, texts.Length * 4, new ParallelOptions { MaxDegreeOfParallelism = 16 }, i =>
        {
            var k = (i * 7919) % texts.Length;
            Assert.Equal(expected[k].Item1, segmenter.Cut(texts[k]));
            Assert.Equal(expected[k].Item2, segmenter.Cut(texts[k], false));
            Assert.Equal(expected[k].Item3, segmenter.CutForSearch(texts[k]));
        });
    }
}
