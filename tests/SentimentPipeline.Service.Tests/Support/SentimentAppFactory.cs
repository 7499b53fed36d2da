using System.Net;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace SentimentPipeline.Service.Tests.Support;

/// <summary>
/// The sample app (AddSentimentModel + MapSentimentEndpoints) over a model bundle, in memory by default; settings are
/// configuration keys under <c>Sentiment:</c>. <see cref="OnKestrel"/> serves it on 127.0.0.1 with a free port instead.
/// </summary>
public sealed class SentimentAppFactory : WebApplicationFactory<Program>
{
    private readonly string _bundleDirectory;
    private readonly IReadOnlyDictionary<string, string> _settings;
    private readonly Action<IServiceCollection>? _services;

    public SentimentAppFactory(string bundleDirectory, IReadOnlyDictionary<string, string>? settings = null, Action<IServiceCollection>? services = null)
    {
        _bundleDirectory = bundleDirectory;
        _settings = settings ?? new Dictionary<string, string>();
        _services = services;
    }

    /// <summary>Every log entry the app wrote.</summary>
    public RecordingLoggerProvider Logs { get; } = new();

    /// <summary>Switches to Kestrel on 127.0.0.1 (a free port), with extra Kestrel settings; call before the first client.</summary>
    public SentimentAppFactory OnKestrel(Action<KestrelServerOptions>? configure = null)
    {
        UseKestrel(kestrel =>
        {
            kestrel.Listen(IPAddress.Loopback, 0);
            configure?.Invoke(kestrel);
        });
        StartServer();
        return this;
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseSetting("Sentiment:ModelDirectory", _bundleDirectory);
        foreach (var (key, value) in _settings)
        {
            builder.UseSetting($"Sentiment:{key}", value);
        }

        builder.ConfigureLogging(logging => logging.ClearProviders().AddProvider(Logs).SetMinimumLevel(LogLevel.Information));
        if (_services is not null)
        {
            builder.ConfigureServices(_services);
        }
    }
}
