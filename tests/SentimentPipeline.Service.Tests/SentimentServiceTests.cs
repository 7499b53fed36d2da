using System.Net;
using System.Net.Http.Json;
using System.Net.Sockets;
using System.Text;
using System.Text.Json;
using SentimentPipeline.Prediction;
using SentimentPipeline.Prediction.Tests.Support;

namespace SentimentPipeline.Service.Tests;

public sealed class SentimentServiceTests(SentimentServiceFixture fixture) : IClassFixture<SentimentServiceFixture>
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
        var texts = Enumerable.Repeat("好", SentimentServiceFixture.MaxReviewsPerRequest + 1).ToArray();

        using var response = await Client.PostAsJsonAsync("/predict", new { texts });

        var problem = await AssertProblem(response, HttpStatusCode.BadRequest, "Too many reviews");
        Assert.Contains($"at most {SentimentServiceFixture.MaxReviewsPerRequest}", problem.GetProperty("detail").GetString());
    }

    [Fact]
    public async Task Predict_OversizedBodyWithLength_ProblemResponse413BeforeTheBodyIsSent()
    {
        // The server answers from the headers alone and closes the connection, so send only the headers.
        using var tcp = new TcpClient();
        await tcp.ConnectAsync(Client.BaseAddress!.Host, Client.BaseAddress.Port);
        using var stream = tcp.GetStream();
        var headers = $"POST /predict HTTP/1.1\r\nHost: {Client.BaseAddress.Authority}\r\nContent-Type: application/json\r\n"
            + $"Content-Length: {SentimentServiceFixture.MaxRequestBodyBytes + 1}\r\n\r\n";
        await stream.WriteAsync(Encoding.ASCII.GetBytes(headers));

        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        var response = await new StreamReader(stream, Encoding.UTF8).ReadToEndAsync(timeout.Token);

        Assert.StartsWith("HTTP/1.1 413", response);
        Assert.Contains("Content-Type: application/problem+json", response);
        Assert.Contains("\"title\":\"Request body too large\"", response);
    }

    [Fact]
    public async Task Predict_OversizedChunkedBody_ProblemResponse413()
    {
        var bytes = Encoding.UTF8.GetBytes("{\"text\": \"" + new string('a', (int)SentimentServiceFixture.MaxRequestBodyBytes + 10) + "\"}");
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

    private static async Task<JsonElement> AssertProblem(HttpResponseMessage response, HttpStatusCode status, string title)
    {
        Assert.Equal(status, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = await ReadJson(response);
        Assert.Equal(title, problem.GetProperty("title").GetString());
        Assert.Equal((int)status, problem.GetProperty("status").GetInt32());
        return problem;
    }

    private static void AssertPrediction(SentimentPrediction expected, JsonElement actual)
    {
        Assert.Equal(expected.Label, actual.GetProperty("label").GetString());
        Assert.Equal(expected.Positive, actual.GetProperty("positive").GetSingle(), 1e-6f);
        Assert.Equal(expected.Negative, actual.GetProperty("negative").GetSingle(), 1e-6f);
    }

    private static async Task<JsonElement> ReadJson(HttpResponseMessage response)
        => JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;

    /// <summary>Hides the length so HttpClient sends the body chunked, past any Content-Length check.</summary>
    private sealed class UnknownLengthStream(byte[] bytes) : MemoryStream(bytes)
    {
        public override bool CanSeek => false;
    }
}
