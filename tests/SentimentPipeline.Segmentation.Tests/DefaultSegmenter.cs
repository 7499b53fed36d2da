using SentimentPipeline.Segmentation;

namespace SentimentPipeline.Segmentation.Tests;

/// <summary>One default segmenter per test run: loading the dictionary is the slow part and the segmenter is thread-safe.</summary>
public sealed class DefaultSegmenter
{
    public JiebaSegmenter Segmenter { get; } = JiebaSegmenter.CreateDefault();
}
