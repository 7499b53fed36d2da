using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Microsoft.Extensions.Options;
using SentimentPipeline.Service.Tests.Support;
using SentimentPipeline.TestSupport;

namespace SentimentPipeline.Service.Tests;

/// <summary>What operators rely on: model identity without paths, health checks, metrics, OpenAPI, logs, start-up checks.</summary>
public sealed class OperationsTests(ServiceFixture fixture) : IClassFixture<ServiceFixture>
{
    private HttpClient Client => fixture.Client;

    [Fact]
    public async Task Model_Get_NameAndChecksumButNoServerPath()
    {
        using var response = await Client.GetAsync("/model");

        var text = await response.Content.ReadAsStringAsync();
        var json = JsonDocument.Parse(text).RootElement;
        Assert.Equal(Path.GetFileName(fixture.Model.BundleDirectory), json.GetProperty("name").GetString());
        var expectedSha = Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(File.ReadAllBytes(Path.Combine(fixture.Model.BundleDirectory, "model.onnx"))));
        Assert.Equal(expectedSha, json.GetProperty("sha256").GetString());
        Assert.False(json.TryGetProperty("directory", out _));
        Assert.DoesNotContain(Path.GetDirectoryName(fixture.Model.BundleDirectory)!, text.Replace("\\/", "/"));
    }

    [Theory]
    [InlineData("/health")]
    [InlineData("/health/live")]
    [InlineData("/health/ready")]
    public async Task Health_Head_200WithoutBody(string path)
    {
        using var response = await Client.SendAsync(new HttpRequestMessage(HttpMethod.Head, path));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Empty(await response.Content.ReadAsByteArrayAsync());
    }

    [Fact]
    public async Task HealthReady_Get_ModelCheckHealthy()
    {
        using var response = await Client.GetAsync("/health/ready");

        var json = await ResponseAssert.Json(response);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("healthy", json.GetProperty("status").GetString());
        Assert.Equal("2 probe reviews scored", json.GetProperty("checks").GetProperty("sentiment-model").GetProperty("description").GetString());
    }

    [Fact]
    public async Task Predict_GzipBody_Problem415EncodingUnsupported()
    {
        using var compressed = new MemoryStream();
        await using (var gzip = new System.IO.Compression.GZipStream(compressed, System.IO.Compression.CompressionLevel.Fastest, leaveOpen: true))
        {
            gzip.Write("{\"text\":\"好评\"}"u8);
        }

        using var content = new ByteArrayContent(compressed.ToArray());
        content.Headers.ContentType = new("application/json");
        content.Headers.ContentEncoding.Add("gzip");

        using var response = await Client.PostAsync("/predict", content);

        var problem = await ResponseAssert.Problem(response, HttpStatusCode.UnsupportedMediaType, "Encoding unsupported");
        Assert.Equal("The body must be sent uncompressed; Content-Encoding 'gzip' is not supported.", problem.GetProperty("detail").GetString());
    }

    [Fact]
    public async Task Predict_ReviewOverCharacterLimit_Problem400NamesField()
    {
        var texts = new[] { "好", new string('好', ServiceFixture.MaxReviewCharacters + 1) };

        using var response = await Client.PostAsJsonAsync("/predict", new { texts });

        var problem = await ResponseAssert.Problem(response, HttpStatusCode.BadRequest, "Review too long");
        Assert.Equal($"'texts[1]' has {ServiceFixture.MaxReviewCharacters + 1} characters; at most {ServiceFixture.MaxReviewCharacters} are accepted per review.",
            problem.GetProperty("detail").GetString());
    }

    [Fact]
    public async Task Predict_Explain_TokensWithContributionsAsLibrary()
    {
        using var response = await Client.PostAsJsonAsync("/predict", new { text = SampleReviews.TutorialNegative, explain = true });

        var json = await ResponseAssert.Json(response);
        var expected = fixture.Model.Model.Explain(SampleReviews.TutorialNegative);
        ResponseAssert.Prediction(expected.Prediction, json);
        var tokens = json.GetProperty("tokens").EnumerateArray().ToArray();
        Assert.Equal(expected.Tokens.Select(t => t.Token), tokens.Select(t => t.GetProperty("token").GetString()));
        Assert.Equal(expected.Tokens.Select(t => t.Contribution), tokens.Select(t => t.GetProperty("contribution").GetSingle()));
    }

    [Fact]
    public async Task Predict_WithoutExplain_NoTokens()
    {
        using var response = await Client.PostAsJsonAsync("/predict", new { text = SampleReviews.TutorialNegative });

        Assert.False((await ResponseAssert.Json(response)).TryGetProperty("tokens", out _));
    }

    [Fact]
    public async Task Metrics_AfterPredictions_CountsByStatusWithModelLabels()
    {
        using var factory = new SentimentAppFactory(fixture.Model.BundleDirectory);
        using var client = factory.CreateClient();
        (await client.PostAsJsonAsync("/predict", new { text = "好" })).Dispose();
        (await client.PostAsJsonAsync("/predict", new { texts = new[] { "好", "差", "一般" } })).Dispose();
        (await client.PostAsync("/predict", new StringContent("{", Encoding.UTF8, "application/json"))).Dispose();
        // Metrics and the log line are recorded together once each answer has been sent, which may be after the client has it.
        await Polling.Until(() => RequestLogLines(factory).Length == 3);

        var metrics = await client.GetStringAsync("/metrics");

        var sha = Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(File.ReadAllBytes(Path.Combine(fixture.Model.BundleDirectory, "model.onnx"))));
        var labels = $"model=\"{Path.GetFileName(fixture.Model.BundleDirectory)}\",model_sha256=\"{sha}\"";
        Assert.Contains($"sentiment_http_requests_total{{endpoint=\"/predict\",status=\"200\",{labels}}} 2", metrics);
        Assert.Contains($"sentiment_http_requests_total{{endpoint=\"/predict\",status=\"400\",{labels}}} 1", metrics);
        Assert.Contains($"sentiment_reviews_scored_total{{{labels}}} 4", metrics);
        Assert.Contains($"sentiment_batch_size_count{{{labels}}} 2", metrics);
        Assert.Contains($"sentiment_http_request_duration_seconds_count{{endpoint=\"/predict\",{labels}}} 3", metrics);
        Assert.Contains($"sentiment_queue_length{{{labels}}} 0", metrics);
        Assert.Contains($"sentiment_model_info{{{labels}}} 1", metrics);
    }

    [Fact]
    public async Task RequestLog_Predict_OneLineWithoutReviewText()
    {
        using var factory = new SentimentAppFactory(fixture.Model.BundleDirectory);
        using var client = factory.CreateClient();
        const string Secret = "我的电话是一三八零零一三八零零零";

        (await client.PostAsJsonAsync("/predict", new { text = Secret })).Dispose();
        await Polling.Until(() => RequestLogLines(factory).Length > 0);

        var requestLines = RequestLogLines(factory);
        Assert.Equal("POST /predict answered 200", string.Join(" ", requestLines.Single().Message.Split(' ').Take(4)));
        Assert.EndsWith("ms (1 reviews)", requestLines.Single().Message);
        Assert.DoesNotContain(factory.Logs.Entries, e => e.Message.Contains(Secret, StringComparison.Ordinal));
    }

    [Fact]
    public async Task OpenApi_Document_DescribesEndpointsAndProblems()
    {
        var document = JsonDocument.Parse(await Client.GetStringAsync("/openapi/v1.json")).RootElement;

        var predict = document.GetProperty("paths").GetProperty("/predict").GetProperty("post");
        Assert.Equal(["200", "400", "408", "413", "415", "503"], predict.GetProperty("responses").EnumerateObject().Select(r => r.Name).Order());
        Assert.True(predict.GetProperty("responses").GetProperty("400").GetProperty("content").TryGetProperty("application/problem+json", out _));
        Assert.True(predict.GetProperty("requestBody").GetProperty("content").TryGetProperty("application/json", out _));
        Assert.True(document.GetProperty("paths").GetProperty("/model").TryGetProperty("get", out _));
    }

    [Fact]
    public async Task WebPage_Get_HtmlWithScript()
    {
        using var response = await Client.GetAsync("/");

        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("<script src=\"sentiment.js\"></script>", await response.Content.ReadAsStringAsync());
        Assert.Contains("fetch('predict'", await Client.GetStringAsync("/sentiment.js"));
    }

    [Theory]
    [InlineData("Batching:MaxBatchSize", "0", "Batching.MaxBatchSize must be at least 1; got 0.")]
    [InlineData("Batching:MaxConcurrentBatches", "0", "Batching.MaxConcurrentBatches must be at least 1; got 0.")]
    [InlineData("MaxReviewCharacters", "-5", "MaxReviewCharacters must be at least 1; got -5.")]
    [InlineData("Batching:MaxWait", "00:00:05", "Batching.MaxWait must be between 0 and 1 s; got 00:00:05.")]
    public void Startup_InvalidOption_FailsNamingIt(string key, string value, string message)
    {
        using var factory = new SentimentAppFactory(fixture.Model.BundleDirectory, new Dictionary<string, string> { [key] = value });

        var error = Assert.Throws<OptionsValidationException>(() => factory.CreateClient());

        Assert.Contains(message, error.Failures);
    }

    [Fact]
    public void Startup_MissingBundle_FailsBeforeServing()
    {
        using var factory = new SentimentAppFactory(Path.Combine(Path.GetTempPath(), "no-such-bundle-" + Guid.NewGuid().ToString("N")));

        var error = Assert.Throws<SentimentPipeline.Prediction.ModelBundleException>(() => factory.CreateClient());

        Assert.Contains("model bundle directory not found", error.Message);
    }

    private static RecordingLoggerProvider.LogEntry[] RequestLogLines(SentimentAppFactory factory)
        => [.. factory.Logs.Entries.Where(e => e.Category.EndsWith("RequestLogFilter", StringComparison.Ordinal))];
}
