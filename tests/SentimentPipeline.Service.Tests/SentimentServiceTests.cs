using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using SentimentPipeline.Prediction;
using SentimentPipeline.Service.Tests.Support;
using SentimentPipeline.TestSupport;

namespace SentimentPipeline.Service.Tests;

/// <summary>POST /predict, /health and /model of the sample app, in memory.</summary>
public sealed class SentimentServiceTests(ServiceFixture fixture) : IClassFixture<ServiceFixture>
{
    private HttpClient Client => fixture.Client;

    private SentimentModel Model => fixture.Model.Model;

    [Fact]
    public async Task Health_Get_ReportsHealthy()
    {
        using var response = await Client.GetAsync("/health");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("healthy", (await ReadJson(response)).GetProperty("status").GetString());
    }

    [Fact]
    public async Task Model_Get_MetadataAndExecutionProvider()
    {
        using var response = await Client.GetAsync("/model");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var json = await ReadJson(response);
        Assert.Equal(ExecutionProviderInfo.Cpu, json.GetProperty("executionProvider").GetProperty("name").GetString());
        Assert.Equal(Model.Metadata.MaxLength, json.GetProperty("maxLength").GetInt32());
        Assert.Equal(Model.Metadata.VocabularySize, json.GetProperty("vocabularySize").GetInt32());
        Assert.Equal(["negative", "positive"], json.GetProperty("labels").EnumerateArray().Select(e => e.GetString()));
        Assert.Equal(JsonValueKind.Object, json.GetProperty("metrics").ValueKind);
    }

    [Theory]
    [InlineData(SampleReviews.TutorialPositive)]
    [InlineData(SampleReviews.TutorialNegative)]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("😀😀👍")]
    [InlineData("This product is great")]
    public async Task Predict_OneReview_SameAsLibrary(string text)
    {
        using var response = await Client.PostAsJsonAsync("/predict", new { text });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        AssertPrediction(Model.BatchPredictor.Predict(text), await ReadJson(response));
    }

    [Fact]
    public async Task Predict_ManyReviews_InOrderSameAsLibrary()
    {
        var texts = fixture.Model.Reviews.Take(50).Select(r => r.Text).ToArray();

        using var response = await Client.PostAsJsonAsync("/predict", new { texts });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var predictions = (await ReadJson(response)).GetProperty("predictions").EnumerateArray().ToArray();
        var expected = Model.BatchPredictor.Predict(texts);
        Assert.Equal(texts.Length, predictions.Length);
        for (var i = 0; i < texts.Length; i++)
        {
            AssertPrediction(expected[i], predictions[i]);
        }
    }

    [Trait("Category", "Slow")] // segments a 1 MB review
    [Fact]
    public async Task Predict_OneMegabyteReview_Answered()
    {
        var text = string.Concat(Enumerable.Repeat("质量很好，", 200_000));

        using var response = await Client.PostAsJsonAsync("/predict", new { text });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        AssertPrediction(Model.BatchPredictor.Predict(text), await ReadJson(response));
    }

    [Fact]
    public async Task Predict_ConcurrentRequests_AllAnsweredIdentically()
    {
        var texts = fixture.Model.Reviews.Take(16).Select(r => r.Text).ToArray();
        var expected = texts.Select(Model.BatchPredictor.Predict).ToArray();

        var clients = Enumerable.Range(0, 8).Select(async client =>
        {
            for (var round = 0; round < 4; round++)
            {
                var i = (client + round * 3) % texts.Length;
                using var response = await Client.PostAsJsonAsync("/predict", new { text = texts[i] });
                Assert.Equal(HttpStatusCode.OK, response.StatusCode);
                AssertPrediction(expected[i], await ReadJson(response));
            }
        });
        await Task.WhenAll(clients);
    }

    [Theory]
    [InlineData("{\"text\": ", "Malformed JSON")]
    [InlineData("not json at all", "Malformed JSON")]
    [InlineData("", "Malformed JSON")]
    [InlineData("{}", "Missing text")]
    [InlineData("{\"text\": null}", "Missing text")]
    [InlineData("{\"text\": 42}", "Missing text")]
    [InlineData("{\"texts\": []}", "Missing text")]
    [InlineData("{\"texts\": [\"好\", null]}", "Missing text")]
    [InlineData("{\"text\": \"a\", \"texts\": [\"b\"]}", "Invalid request")]
    [InlineData("[\"好\"]", "Invalid request")]
    [InlineData("{\"text\": \"\\ud800\"}", "Invalid text")]
    public async Task Predict_BadBody_ProblemResponse400(string body, string title)
    {
        using var response = await PostRaw(body);

        await AssertProblem(response, HttpStatusCode.BadRequest, title);
    }

    [Fact]
    public async Task Predict_InvalidUtf8InText_ProblemNamesTheField()
    {
        using var content = new ByteArrayContent([.. "{\"text\": \"好"u8, 0xFF, 0xFE, .. "\"}"u8]);
        content.Headers.ContentType = new("application/json");

        using var response = await Client.PostAsync("/predict", content);

        var problem = await AssertProblem(response, HttpStatusCode.BadRequest, "Invalid text");
        Assert.StartsWith("'text' is not valid Unicode text", problem.GetProperty("detail").GetString());
    }

    [Fact]
    public async Task Predict_NullInList_ProblemNamesTheIndex()
    {
        using var response = await PostRaw("{\"texts\": [\"好\", \"差\", null]}");

        var problem = await AssertProblem(response, HttpStatusCode.BadRequest, "Missing text");
        Assert.Contains("'texts[2]'", problem.GetProperty("detail").GetString());
    }

    [Fact]
    public async Task Predict_TooManyReviews_ProblemResponse400()
    {
        var texts = Enumerable.Repeat("好", ServiceFixture.MaxReviewsPerRequest + 1).ToArray();

        using var response = await Client.PostAsJsonAsync("/predict", new { texts });

        var problem = await AssertProblem(response, HttpStatusCode.BadRequest, "Too many reviews");
        Assert.Contains($"at most {ServiceFixture.MaxReviewsPerRequest}", problem.GetProperty("detail").GetString());
    }

    [Fact]
    public async Task Predict_OversizedChunkedBody_ProblemResponse413()
    {
        var bytes = Encoding.UTF8.GetBytes("{\"text\": \"" + new string('a', (int)SentimentModelOptions.DefaultMaxRequestBodyBytes + 10) + "\"}");
        using var content = new StreamContent(new UnknownLengthStream(bytes));
        content.Headers.ContentType = new("application/json");

        using var response = await Client.PostAsync("/predict", content);

        await AssertProblem(response, HttpStatusCode.RequestEntityTooLarge, "Request body too large");
    }

    [Fact]
    public async Task Predict_PlainTextBody_ProblemResponse415()
    {
        using var response = await Client.PostAsync("/predict", new StringContent("好评", Encoding.UTF8, "text/plain"));

        await AssertProblem(response, HttpStatusCode.UnsupportedMediaType, "Unsupported content type");
    }

    private Task<HttpResponseMessage> PostRaw(string body)
        => Client.PostAsync("/predict", new StringContent(body, Encoding.UTF8, "application/json"));

    private static Task<JsonElement> AssertProblem(HttpResponseMessage response, HttpStatusCode status, string title)
        => ResponseAssert.Problem(response, status, title);

    private static void AssertPrediction(SentimentPrediction expected, JsonElement actual) => ResponseAssert.Prediction(expected, actual);

    private static Task<JsonElement> ReadJson(HttpResponseMessage response) => ResponseAssert.Json(response);

    /// <summary>Hides the length so HttpClient sends the body chunked, past any Content-Length check.</summary>
    private sealed class UnknownLengthStream(byte[] bytes) : MemoryStream(bytes)
    {
        public override bool CanSeek => false;
    }
}
