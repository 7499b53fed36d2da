namespace SentimentPipeline.Preprocessing.Corpus;

/// <summary>A corpus file or row is invalid. The message names the file, the line and the field.</summary>
public sealed class CorpusFormatException : Exception
{
    /// <summary>Creates the exception for a problem in a file.</summary>
    public CorpusFormatException(string filePath, CorpusRowProblem problem)
        : base(FormatMessage(filePath, problem))
    {
        ArgumentNullException.ThrowIfNull(problem);
        FilePath = filePath;
        Problem = problem;
    }

    /// <summary>The corpus file (or stream name).</summary>
    public string FilePath { get; }

    /// <summary>Line, kind, field and explanation.</summary>
    public CorpusRowProblem Problem { get; }

    /// <summary>1-based line of the problem.</summary>
    public int Line => Problem.Line;

    /// <summary>The column concerned, if any.</summary>
    public string? Field => Problem.Field;

    private static string FormatMessage(string filePath, CorpusRowProblem problem)
    {
        ArgumentNullException.ThrowIfNull(problem);
        var field = problem.Field is null ? string.Empty : $", field '{problem.Field}'";
        return $"{filePath}, line {problem.Line}{field}: {problem.Message}";
    }
}
