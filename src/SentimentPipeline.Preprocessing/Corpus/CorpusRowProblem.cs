namespace SentimentPipeline.Preprocessing.Corpus;

/// <summary>A row that was rejected, with where and why.</summary>
/// <param name="Line">1-based physical line (the line the row starts on, or of the offending quote).</param>
/// <param name="Kind">The reason.</param>
/// <param name="Field">The column concerned, when one is.</param>
/// <param name="Message">A human-readable explanation including the offending value.</param>
public sealed record CorpusRowProblem(int Line, CorpusProblemKind Kind, string? Field, string Message);
