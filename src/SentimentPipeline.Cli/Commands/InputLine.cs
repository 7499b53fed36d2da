namespace SentimentPipeline.Cli.Commands;

/// <summary>One line of input: its 1-based number and either its text or why it cannot be used.</summary>
internal sealed record InputLine(int Number, string? Text, string? Error);
