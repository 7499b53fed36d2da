using Spectre.Console;

namespace SentimentPipeline.Training.Tests;

/// <summary>A non-interactive Spectre console writing into a string, so tests can read what a run printed.</summary>
internal sealed class QuietConsole
{
    private readonly StringWriter _writer = new();

    public QuietConsole()
    {
        Console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Ansi = AnsiSupport.No,
            Interactive = InteractionSupport.No,
            Out = new AnsiConsoleOutput(_writer),
        });
    }

    public IAnsiConsole Console { get; }

    public string Text => _writer.ToString();
}
