using Microsoft.Extensions.Logging;

namespace SentimentPipeline.Cli.Commands;

/// <summary>Writes warnings and errors to standard error, keeping standard output for results.</summary>
internal sealed class StandardErrorLogger(string commandName) : ILogger
{
    public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

    public bool IsEnabled(LogLevel logLevel) => logLevel >= LogLevel.Warning;

    public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
    {
        if (IsEnabled(logLevel))
        {
            Console.Error.WriteLine($"sentiment {commandName}: {logLevel.ToString().ToLowerInvariant()}: {formatter(state, exception)}");
        }
    }
}
