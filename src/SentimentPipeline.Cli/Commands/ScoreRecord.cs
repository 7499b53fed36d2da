namespace SentimentPipeline.Cli.Commands;

/// <summary>One record of a file to score: its line, the review (or why it cannot be scored) and its gold label if any.</summary>
internal sealed record ScoreRecord(int Line, string? Text, string? Expected, string? Category, string? Error);
