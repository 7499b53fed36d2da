using System.Net;
using System.Net.Http.Json;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using SentimentPipeline.Service.Batching;
using SentimentPipeline.Service.Hosting;
using SentimentPipeline.Service.Metrics;
using SentimentPipeline.Service.Tests.Support;
using SentimentPipeline.TestSupport;

namespace SentimentPipeline.Service.Tests;

/// <summary>Concurrent single reviews scored together: own results, cancellation, a bounded queue.</summary>
public sealed class MicroBatchingTests(ServiceFixture fixture) : IClassFixture<ServiceFixture>
{
    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    public async Task Predict_64ConcurrentSingleReviews_EachGetsItsOwnResultInFewerBatches(int concurrentBatches)
    {
        // The scorer starts only once all 64 wait in its queue: started with the app, it scored each review at once
        // whenever the previous one had finished before the next arrived, which a fast machine managed for all 64.
        // Batches of at most 16 leave work for a second scoring loop, which then reads the queue beside the first.
        using var factory = new SentimentAppFactory(fixture.Model.BundleDirectory,
            new Dictionary<string, string>
            {
                ["Batching:MaxWait"] = "00:00:00.020",
                ["Batching:MaxBatchSize"] = "16",
                ["Batching:MaxConcurrentBatches"] = concurrentBatches.ToString(System.Globalization.CultureInfo.InvariantCulture),
            },
            services => services.RemoveAll<IHostedService>());
        using var client = factory.CreateClient();
        var texts = fixture.Model.Reviews.Take(64).Select(r => r.Text).ToArray();
        var expected = texts.Select(t => fixture.Model.Model.BatchPredictor.Predict(t)).ToArray();

        var requests = texts.Select(async text =>
        {
            using var response = await client.PostAsJsonAsync("/predict", new { text });
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            return await ResponseAssert.Json(response);
        }).ToArray();
        await Polling.Until(() => QueueLength(factory) == texts.Length);
        var scorer = factory.Services.GetRequiredService<ReviewScorer>();
        await scorer.StartAsync(CancellationToken.None);
        var answers = await Task.WhenAll(requests);
        await scorer.StopAsync(CancellationToken.None);

        for (var i = 0; i < texts.Length; i++)
        {
            ResponseAssert.Prediction(expected[i], answers[i]);
        }

        var metrics = await client.GetStringAsync("/metrics");
        var batches = MetricValue(metrics, "sentiment_batch_size_count");
        Assert.Equal(64, MetricValue(metrics, "sentiment_batch_size_sum"));
        Assert.InRange(batches, 4, 63);
    }

    [Fact]
    public async Task Predict_QueueFull_503WithRetryAfter()
    {
        // Without its hosted service the scorer never drains the queue: the first review takes the only place.
        using var factory = new SentimentAppFactory(fixture.Model.BundleDirectory,
            new Dictionary<string, string> { ["Batching:QueueCapacity"] = "1", ["Batching:RetryAfterSeconds"] = "2" },
            services => services.RemoveAll<IHostedService>());
        using var client = factory.CreateClient();
        using var firstGivesUp = new CancellationTokenSource();
        var first = client.PostAsJsonAsync("/predict", new { text = "好" }, firstGivesUp.Token);
        await Polling.Until(() => QueueLength(factory) == 1);

        using var second = await client.PostAsJsonAsync("/predict", new { text = "差" });

        await ResponseAssert.Problem(second, HttpStatusCode.ServiceUnavailable, "Service busy");
        Assert.Equal(TimeSpan.FromSeconds(2), second.Headers.RetryAfter?.Delta);
        await firstGivesUp.CancelAsync();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => first);
    }

    [Fact]
    public async Task ScoreAsync_CancelledWhileQueued_GivesUpItsPlace()
    {
        var model = ServedModel.Borrow(fixture.Model.Model, Options.Create(new SentimentModelOptions()));
        var metrics = new SentimentMetrics(model);
        var scorer = new ReviewScorer(model, Options.Create(new SentimentModelOptions()), metrics);
        using var cancel = new CancellationTokenSource();
        var abandoned = scorer.ScoreAsync(fixture.Model.Model.Encoder.Encode("不要了"), cancel.Token);
        await cancel.CancelAsync();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => abandoned);

        await scorer.StartAsync(CancellationToken.None);
        var kept = await scorer.ScoreAsync(fixture.Model.Model.Encoder.Encode(SampleReviews.TutorialPositive), CancellationToken.None);
        await scorer.StopAsync(CancellationToken.None);
        scorer.Dispose();

        ResponseAssert.Prediction(fixture.Model.Model.BatchPredictor.Predict(SampleReviews.TutorialPositive), System.Text.Json.JsonSerializer.SerializeToElement(
            new { label = kept.Label, positive = kept.Positive, negative = kept.Negative }));
        using var exported = new MemoryStream();
        await metrics.Registry.CollectAndExportAsTextAsync(exported);
        Assert.Equal(1, MetricValue(System.Text.Encoding.UTF8.GetString(exported.ToArray()), "sentiment_reviews_scored_total"));
    }

    [Fact]
    public async Task ScoreAsync_ScorerIdleAndQueueEmpty_ScoresAtOnceWithoutQueueing()
    {
        var model = ServedModel.Borrow(fixture.Model.Model, Options.Create(new SentimentModelOptions()));
        var scorer = new ReviewScorer(model, Options.Create(new SentimentModelOptions()), new SentimentMetrics(model));
        await scorer.StartAsync(CancellationToken.None);
        await Polling.Until(() => scorer.IsIdle); // .NET 10 starts ExecuteAsync on a thread-pool thread, after StartAsync returns

        var scoring = scorer.ScoreAsync(fixture.Model.Model.Encoder.Encode(SampleReviews.TutorialNegative), CancellationToken.None);

        Assert.True(scoring.IsCompletedSuccessfully, "an idle scorer's caller is answered before ScoreAsync returns");
        var expected = fixture.Model.Model.BatchPredictor.Predict(SampleReviews.TutorialNegative);
        var answer = await scoring;
        Assert.Equal((expected.Label, expected.Negative, expected.Positive), (answer.Label, answer.Negative, answer.Positive));
        await scorer.StopAsync(CancellationToken.None);
        scorer.Dispose();
    }

    private static int QueueLength(SentimentAppFactory factory)
    {
        using var exported = new MemoryStream();
        factory.Services.GetRequiredService<SentimentMetrics>().Registry.CollectAndExportAsTextAsync(exported).GetAwaiter().GetResult();
        return (int)MetricValue(System.Text.Encoding.UTF8.GetString(exported.ToArray()), "sentiment_queue_length");
    }

    private static double MetricValue(string exposition, string name)
    {
        var line = exposition.Split('\n').Single(l => l.StartsWith(name + "{", StringComparison.Ordinal));
        return double.Parse(line[(line.LastIndexOf(' ') + 1)..], System.Globalization.CultureInfo.InvariantCulture);
    }
}
