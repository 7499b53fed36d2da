using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Console;

namespace SentimentPipeline.Cli.Commands;

/// <summary>
/// The commands' logging: warnings and errors, one line each, on standard error, so that standard output keeps only
/// results. Dispose the factory before the command returns: that flushes the console logger's queue.
/// </summary>
internal static class StandardErrorLogging
{
    public static ILoggerFactory Create() => LoggerFactory.Create(builder => builder
        .SetMinimumLevel(LogLevel.Warning)
        .AddConsole(options => options.LogToStandardErrorThreshold = LogLevel.Trace)
        .AddSimpleConsole(options =>
        {
            options.SingleLine = true;
            options.ColorBehavior = LoggerColorBehavior.Disabled;
        }));

    /// <summary>The logger of one command, named after it (e.g. <c>sentiment predict</c>).</summary>
    public static ILogger CreateCommandLogger(this ILoggerFactory factory, string commandName) => factory.CreateLogger($"sentiment {commandName}");
}
