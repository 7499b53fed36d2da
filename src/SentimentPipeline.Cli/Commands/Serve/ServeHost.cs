using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using SentimentPipeline.Prediction;
using SentimentPipeline.Service;

namespace SentimentPipeline.Cli.Commands.Serve;

/// <summary>
/// The host of <c>sentiment serve</c>: Kestrel on exactly the parsed addresses, then the two calls any ASP.NET Core app
/// makes (<c>AddSentimentModel</c>, <c>MapSentimentEndpoints</c>) and the OpenAPI document at <c>/openapi/v1.json</c>.
/// Logs go to standard error (one line per request, never the review text), so standard output stays for the CLI.
/// </summary>
internal static partial class ServeHost
{
    public const string DefaultUrl = "http://127.0.0.1:5080";

    /// <summary>
    /// ONNX Runtime threads per call: one. The requests (or the micro-batcher beside them) keep the cores busy, and
    /// a call's own worker threads only compete with request handling (the service README, "Micro-batching").
    /// </summary>
    public const int DefaultIntraOpThreads = 1;

    /// <summary>
    /// Micro-batches scored at once: one per processor, since each call runs on one ONNX Runtime thread. With a single
    /// scoring loop the second core idled while it scored (the service README, "Micro-batching").
    /// </summary>
    public static int DefaultConcurrentBatches => Environment.ProcessorCount;

    public static WebApplication Build(SentimentModel model, IReadOnlyList<ListenAddress> addresses, Action<SentimentModelOptions> configure, LogLevel logLevel)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.Logging.AddSimpleConsole(console =>
        {
            console.SingleLine = true;
            console.TimestampFormat = "yyyy-MM-ddTHH:mm:ss.fffZ ";
            console.UseUtcTimestamp = true;
        });
        builder.Logging.Services.Configure<Microsoft.Extensions.Logging.Console.ConsoleLoggerOptions>(o => o.LogToStandardErrorThreshold = LogLevel.Trace);
        builder.Logging.SetMinimumLevel(logLevel);
        // The framework's own information (hosting lifetime, each request's start and end) would double our lines.
        builder.Logging.AddFilter("Microsoft", LogLevel.Warning);
        // A failed start is reported by the command in one line; the host would log it again with a stack trace.
        builder.Logging.AddFilter("Microsoft.Extensions.Hosting", LogLevel.None);
        builder.WebHost.ConfigureKestrel(kestrel =>
        {
            foreach (var address in addresses)
            {
                if (address.Address is null && address.Port != 0)
                {
                    kestrel.ListenLocalhost(address.Port, listen => UseScheme(listen, address));
                }
                else
                {
                    kestrel.Listen(address.Address ?? System.Net.IPAddress.Loopback, address.Port, listen => UseScheme(listen, address));
                }
            }
        });
        builder.Services.AddSentimentModel(model, configure);
        builder.Services.AddOpenApi();

        var app = builder.Build();
        app.UseExceptionHandler();
        app.UseStatusCodePages();
        app.MapOpenApi();
        app.MapSentimentEndpoints();
        var logger = app.Services.GetRequiredService<ILoggerFactory>().CreateLogger("SentimentPipeline.Cli.Serve");
        foreach (var address in addresses.Where(a => !a.IsLoopback))
        {
            LogRemote(logger, address.Url);
        }

        return app;
    }

    public static IReadOnlyList<string> ListeningUrls(WebApplication app)
        => [.. app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()?.Addresses ?? []];

    private static void UseScheme(Microsoft.AspNetCore.Server.Kestrel.Core.ListenOptions listen, ListenAddress address)
    {
        if (address.IsHttps)
        {
            listen.UseHttps();
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Listening on {Url}, which other machines can reach (--allow-remote).")]
    private static partial void LogRemote(ILogger logger, string url);
}
