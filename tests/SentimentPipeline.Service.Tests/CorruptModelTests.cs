using System.Net;
using System.Net.Http.Json;
using SentimentPipeline.Service.Tests.Support;
using SentimentPipeline.TestSupport;

namespace SentimentPipeline.Service.Tests;

/// <summary>A model that loads but gives NaN: not ready, and no 500 behind a healthy status.</summary>
public sealed class CorruptModelTests(ServiceFixture fixture) : IClassFixture<ServiceFixture>, IDisposable
{
    private readonly TemporaryDirectory _directory = new();
    private SentimentAppFactory? _factory;

    [Fact]
    public async Task NonFiniteModel_ReadinessAndHealthFail503()
    {
        using var client = CreateClient(out _);

        using var ready = await client.GetAsync("/health/ready");
        using var health = await client.GetAsync("/health");
        using var live = await client.GetAsync("/health/live");

        Assert.Equal(HttpStatusCode.ServiceUnavailable, ready.StatusCode);
        Assert.Equal(HttpStatusCode.ServiceUnavailable, health.StatusCode);
        Assert.Equal(HttpStatusCode.OK, live.StatusCode);
        var check = (await ResponseAssert.Json(ready)).GetProperty("checks").GetProperty("sentiment-model");
        Assert.Equal("unhealthy", check.GetProperty("status").GetString());
        Assert.StartsWith("probe review 1 cannot be scored: the model gave non-finite probabilities (negative NaN, positive NaN)", check.GetProperty("description").GetString());
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task NonFiniteModel_Predict503ModelCannotScore(bool batch)
    {
        using var client = CreateClient(out var factory);

        using var response = batch
            ? await client.PostAsJsonAsync("/predict", new { texts = new[] { "好", "差" } })
            : await client.PostAsJsonAsync("/predict", new { text = "好" });

        var problem = await ResponseAssert.Problem(response, HttpStatusCode.ServiceUnavailable, "Model cannot score");
        Assert.StartsWith("The model gave review 1 a non-finite probability (the model gave non-finite probabilities (negative NaN, positive NaN)", problem.GetProperty("detail").GetString());
        Assert.DoesNotContain(factory.Logs.Entries, e => e.Exception is not null);
    }

    public void Dispose()
    {
        _factory?.Dispose();
        _directory.Dispose();
    }

    private HttpClient CreateClient(out SentimentAppFactory factory)
    {
        NonFiniteBundle.Write(_directory.Path, fixture.Model.Model.Encoder.Vocabulary, fixture.Model.Segmenter.DictionarySha256);
        _factory = factory = new SentimentAppFactory(_directory.Path);
        return factory.CreateClient();
    }
}
