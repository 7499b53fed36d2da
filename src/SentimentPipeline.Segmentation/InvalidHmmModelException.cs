namespace SentimentPipeline.Segmentation;

/// <summary>The HMM model file is truncated or malformed.</summary>
public sealed class InvalidHmmModelException : SegmentationResourceException
{
    /// <summary>Creates the exception for one bad model line.</summary>
    /// <param name="sourceName">File path or resource name.</param>
    /// <param name="lineNumber">1-based line number.</param>
    /// <param name="lineText">The offending line.</param>
    /// <param name="reason">What is wrong with it.</param>
    public InvalidHmmModelException(string sourceName, int lineNumber, string lineText, string reason)
        : base(sourceName, lineNumber, lineText, reason)
    {
    }

    /// <summary>Creates the exception for a problem with the whole file (for example a missing section).</summary>
    /// <param name="sourceName">File path or resource name.</param>
    /// <param name="reason">What is wrong.</param>
    public InvalidHmmModelException(string sourceName, string reason)
        : base(sourceName, reason)
    {
    }
}
