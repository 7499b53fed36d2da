using SentimentPipeline.Segmentation;

namespace SentimentPipeline.Preprocessing.Tests;

/// <summary>One default segmenter per test class (loading the dictionary is the costly part).</summary>
public sealed class SegmenterFixture
{
    public JiebaSegmenter Segmenter { get; } = JiebaSegmenter.CreateDefault();
}
