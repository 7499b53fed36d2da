namespace SentimentPipeline.Segmentation;

/// <summary>Which segmentation <see cref="JiebaSegmenter.Tokenize"/> reports offsets for.</summary>
public enum TokenizeMode
{
    /// <summary>Accurate mode, the tokens of <see cref="JiebaSegmenter.Cut"/>.</summary>
    Default,

    /// <summary>Search mode, the tokens of <see cref="JiebaSegmenter.CutForSearch"/>.</summary>
    Search,

    /// <summary>Full mode, the tokens of <see cref="JiebaSegmenter.CutAll"/> (the <c>hmm</c> flag is ignored).</summary>
    Full,
}
