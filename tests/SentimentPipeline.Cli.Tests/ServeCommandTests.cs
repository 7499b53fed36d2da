using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using System.Net.Sockets;
using System.Text.Json;
using System.Text.RegularExpressions;
using SentimentPipeline.Prediction.Tests.Support;

namespace SentimentPipeline.Cli.Tests;

/// <summary><c>sentiment serve</c>, run as the real executable on 127.0.0.1 with a free port.</summary>
[Collection(ModelCollection.Name)]
public sealed partial class ServeCommandTests(ModelFixture fixture)
{
    [Fact]
    public async Task Serve_FreePort_AnswersTutorialSentencesHealthAndModel()
    {
        using var process = ModelCommandRunner.Start("serve", "--model", fixture.BundleDirectory, "--urls", "http://127.0.0.1:0");
        try
        {
            var url = await ReadListeningUrl(process);
            using var client = new HttpClient { BaseAddress = new Uri(url) };

            using var predict = await client.PostAsJsonAsync("/predict", new { texts = new[] { SampleReviews.TutorialPositive, SampleReviews.TutorialNegative } });
            Assert.Equal(HttpStatusCode.OK, predict.StatusCode);
            var predictions = JsonDocument.Parse(await predict.Content.ReadAsStringAsync()).RootElement.GetProperty("predictions").EnumerateArray().ToArray();
            PredictCommandTests.AssertPrediction(fixture.Model.BatchPredictor.Predict(SampleReviews.TutorialPositive), predictions[0]);
            PredictCommandTests.AssertPrediction(fixture.Model.BatchPredictor.Predict(SampleReviews.TutorialNegative), predictions[1]);

            Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/health")).StatusCode);
            var model = JsonDocument.Parse(await client.GetStringAsync("/model")).RootElement;
            Assert.Equal("CPUExecutionProvider", model.GetProperty("executionProvider").GetProperty("name").GetString());

            using var malformed = await client.PostAsync("/predict", new StringContent("{oops", System.Text.Encoding.UTF8, "application/json"));
            Assert.Equal(HttpStatusCode.BadRequest, malformed.StatusCode);
            Assert.Equal("application/problem+json", malformed.Content.Headers.ContentType?.MediaType);
        }
        finally
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
        }
    }

    [Fact]
    public async Task Serve_PortAlreadyInUse_Exit3()
    {
        using var occupied = new TcpListener(IPAddress.Loopback, 0);
        occupied.Start();
        var port = ((IPEndPoint)occupied.LocalEndpoint).Port;

        var (exitCode, _, error) = await Task.Run(() => ModelCommandRunner.Run("serve", "--model", fixture.BundleDirectory, "--urls", $"http://127.0.0.1:{port}"));

        Assert.Equal(3, exitCode);
        Assert.Contains($"cannot listen on 'http://127.0.0.1:{port}'", error);
    }

    [Theory]
    [InlineData("notaurl")]
    [InlineData("http://127.0.0.1:99999")]
    public void Serve_InvalidUrl_UsageErrorExit1(string url)
    {
        var (exitCode, _, error) = ModelCommandRunner.Run("serve", "--model", fixture.BundleDirectory, "--urls", url);

        Assert.Equal(1, exitCode);
        Assert.StartsWith($"sentiment serve: invalid --urls '{url}'", error);
    }

    internal static async Task<string> ReadListeningUrl(Process process)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(1));
        while (await process.StandardOutput.ReadLineAsync(timeout.Token) is { } line)
        {
            var match = ListeningLine().Match(line);
            if (match.Success)
            {
                return match.Groups["url"].Value;
            }
        }

        throw new InvalidOperationException($"sentiment serve exited without listening: {await process.StandardError.ReadToEndAsync()}");
    }

    [GeneratedRegex(@"listening on (?<url>http://127\.0\.0\.1:\d+)")]
    private static partial Regex ListeningLine();
}
