using Microsoft.Extensions.Logging;
using SentimentPipeline.Prediction.Tests.Support;

namespace SentimentPipeline.Service.Tests;

/// <summary>The real service on Kestrel at 127.0.0.1 on a free port, over the tiny model, for the whole test class.</summary>
public sealed class SentimentServiceFixture : IAsyncLifetime
{
    public const int MaxReviewsPerRequest = 64;
    public const long MaxRequestBodyBytes = SentimentServiceOptions.DefaultMaxRequestBodyBytes;

    private SentimentService? _service;

    public ModelFixture Model { get; } = new();

    public HttpClient Client { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        _service = SentimentService.Create(Model.Model, new SentimentServiceOptions
        {
            Url = "http://127.0.0.1:0",
            MaxReviewsPerRequest = MaxReviewsPerRequest,
        }, logging => logging.SetMinimumLevel(LogLevel.Warning));
        await _service.StartAsync();
        Client = new HttpClient { BaseAddress = new Uri(_service.ListeningUrls.Single()) };
    }

    public async Task DisposeAsync()
    {
        Client.Dispose();
        if (_service is not null)
        {
            await _service.DisposeAsync();
        }

        Model.Dispose();
    }
}
