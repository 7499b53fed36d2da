namespace SentimentPipeline.Cli.Commands;

/// <summary>Writing standard output failed: the reader went away, the disk is full or the descriptor is closed.</summary>
internal sealed class StandardOutputException(string message, Exception innerException) : IOException(message, innerException)
{
    public static StandardOutputException From(Exception e) => new(
        e is UnauthorizedAccessException or ArgumentException
            ? "cannot write to standard output: it is closed or not open for writing"
            : $"cannot write to standard output: {e.Message}",
        e);
}
