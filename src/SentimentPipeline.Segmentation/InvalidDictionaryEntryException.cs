namespace SentimentPipeline.Segmentation;

/// <summary>A line of a dictionary or user dictionary is malformed (missing or invalid frequency, bad encoding…).</summary>
public sealed class InvalidDictionaryEntryException : SegmentationResourceException
{
    /// <summary>Creates the exception for one bad dictionary line.</summary>
    /// <param name="sourceName">File path or resource name.</param>
    /// <param name="lineNumber">1-based line number.</param>
    /// <param name="lineText">The offending line.</param>
    /// <param name="reason">What is wrong with it.</param>
    public InvalidDictionaryEntryException(string sourceName, int lineNumber, string lineText, string reason)
        : base(sourceName, lineNumber, lineText, reason)
    {
    }
}
