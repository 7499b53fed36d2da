namespace SentimentPipeline.Segmentation;

/// <summary>
/// A dictionary, user dictionary or HMM model could not be read: the file is missing, unreadable,
/// truncated or malformed. The message names the file and, when known, the line and its text.
/// </summary>
public class SegmentationResourceException : Exception
{
    /// <summary>Creates the exception for a resource that could not be read at all.</summary>
    /// <param name="sourceName">File path or resource name.</param>
    /// <param name="reason">What went wrong.</param>
    /// <param name="innerException">The underlying I/O error, if any.</param>
    public SegmentationResourceException(string sourceName, string reason, Exception? innerException = null)
        : base($"{sourceName}: {reason}", innerException)
    {
        SourceName = sourceName;
        Reason = reason;
    }

    /// <summary>Creates the exception for one bad line.</summary>
    /// <param name="sourceName">File path or resource name.</param>
    /// <param name="lineNumber">1-based line number.</param>
    /// <param name="lineText">The offending line (shortened when very long).</param>
    /// <param name="reason">What is wrong with it.</param>
    public SegmentationResourceException(string sourceName, int lineNumber, string lineText, string reason)
        : base($"{sourceName}:{lineNumber}: {reason} in line \"{Shorten(lineText)}\"")
    {
        SourceName = sourceName;
        LineNumber = lineNumber;
        LineText = lineText;
        Reason = reason;
    }

    /// <summary>File path or resource name of the bad resource.</summary>
    public string SourceName { get; }

    /// <summary>1-based line number of the bad line, or null when the problem is not one line.</summary>
    public int? LineNumber { get; }

    /// <summary>Text of the bad line, or null when the problem is not one line.</summary>
    public string? LineText { get; }

    /// <summary>What is wrong, without the location.</summary>
    public string Reason { get; }

    private static string Shorten(string text) => text.Length <= 120 ? text : string.Concat(text.AsSpan(0, 120), "…");
}
