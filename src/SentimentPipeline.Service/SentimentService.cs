using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using SentimentPipeline.Prediction;

namespace SentimentPipeline.Service;

/// <summary>
/// The sentiment HTTP service on Kestrel: <c>POST /predict</c> (one review or many), <c>GET /health</c>,
/// <c>GET /model</c>. Bad requests get RFC 7807 problem responses. Single reviews are served from a pool of
/// prediction engines, lists from the batched ONNX Runtime path, so concurrent requests run in parallel.
/// </summary>
public sealed class SentimentService : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly PooledSentimentEngine _pool;

    private SentimentService(WebApplication app, PooledSentimentEngine pool)
    {
        _app = app;
        _pool = pool;
    }

    /// <summary>The addresses the server listens on once started (with the real port when 0 was asked for).</summary>
    public IReadOnlyList<string> ListeningUrls
        => [.. _app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()?.Addresses ?? []];

    /// <summary>Builds the service for a loaded model; the caller keeps ownership of <paramref name="model"/>.</summary>
    /// <param name="model">The model to serve.</param>
    /// <param name="options">Address and limits; <see langword="null"/> means the defaults.</param>
    /// <param name="configureLogging">Adjusts logging (e.g. quiet it in tests); <see langword="null"/> keeps the console logger.</param>
    public static SentimentService Create(SentimentModel model, SentimentServiceOptions? options = null, Action<ILoggingBuilder>? configureLogging = null)
    {
        ArgumentNullException.ThrowIfNull(model);
        options ??= new SentimentServiceOptions();
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls(options.Url);
        builder.WebHost.ConfigureKestrel(kestrel => kestrel.Limits.MaxRequestBodySize = options.MaxRequestBodyBytes);
        builder.Services.AddProblemDetails();
        configureLogging?.Invoke(builder.Logging);

        var app = builder.Build();
        app.UseExceptionHandler();
        app.UseStatusCodePages();
        var pool = model.CreateEnginePool();
        var endpoints = new SentimentEndpoints(model, pool, options);
        app.MapPost("/predict", endpoints.PredictAsync);
        app.MapGet("/health", SentimentEndpoints.Health);
        app.MapGet("/model", endpoints.ModelInfo);
        return new SentimentService(app, pool);
    }

    /// <summary>Starts listening; returns when the server accepts connections.</summary>
    /// <param name="cancellationToken">Cancels the start.</param>
    public Task StartAsync(CancellationToken cancellationToken = default) => _app.StartAsync(cancellationToken);

    /// <summary>After <see cref="StartAsync"/>: returns when the token is cancelled or the process is asked to stop (Ctrl+C, SIGTERM).</summary>
    /// <param name="cancellationToken">Stops the server.</param>
    public Task WaitForShutdownAsync(CancellationToken cancellationToken = default)
        => HostingAbstractionsHostExtensions.WaitForShutdownAsync(_app, cancellationToken);

    /// <summary>Stops the server gracefully.</summary>
    /// <param name="cancellationToken">Makes the stop ungraceful.</param>
    public Task StopAsync(CancellationToken cancellationToken = default) => _app.StopAsync(cancellationToken);

    /// <summary>Stops the server and releases the engine pool.</summary>
    public async ValueTask DisposeAsync()
    {
        await _app.DisposeAsync().ConfigureAwait(false);
        _pool.Dispose();
    }
}
