using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using System.Net.Sockets;
using System.Text.Json;
using System.Text.RegularExpressions;
using SentimentPipeline.TestSupport;

namespace SentimentPipeline.Cli.Tests;

/// <summary><c>sentiment serve</c>, run as the real executable on 127.0.0.1 with a free port.</summary>
[Trait("Category", "Slow")]
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
    [InlineData("http://127.0.0.1:notaport")]
    [InlineData("http://256.1.1.1:5189")]
    [InlineData("http://example.invalid:5189")]
    [InlineData("http://127.0.0.1")]
    public void Serve_InvalidUrl_UsageErrorExit1BeforeListening(string url)
    {
        var (exitCode, output, error) = ModelCommandRunner.Run("serve", "--model", fixture.BundleDirectory, "--urls", url);

        Assert.Equal(1, exitCode);
        Assert.StartsWith($"sentiment serve: invalid --urls '{url}'", error);
        Assert.DoesNotContain("listening", output);
    }

    [Theory]
    [InlineData("http://0.0.0.0:0")]
    [InlineData("http://*:0")]
    [InlineData("http://[::]:0")]
    public void Serve_AllInterfacesWithoutAllowRemote_UsageErrorExit1(string url)
    {
        var (exitCode, output, error) = ModelCommandRunner.Run("serve", "--model", fixture.BundleDirectory, "--urls", url);

        Assert.Equal(1, exitCode);
        Assert.Equal($"sentiment serve: --urls '{url}' can be reached from other machines; add --allow-remote to serve there.", error.TrimEnd());
        Assert.Empty(output);
    }

    [Fact]
    public void Serve_NegativeIntraOpThreads_UsageErrorExit1BeforeLoading()
    {
        var (exitCode, output, error) = ModelCommandRunner.Run("serve", "--model", fixture.BundleDirectory, "--urls", "http://127.0.0.1:0", "--intra-op-threads", "-1");

        Assert.Equal(1, exitCode);
        Assert.Equal("sentiment serve: --intra-op-threads must be 0 or more.", error.TrimEnd());
        Assert.Empty(output);
    }

    [Fact]
    public void Serve_AddressNotOfThisMachine_UsageErrorExit1()
    {
        // 192.0.2.0/24 is TEST-NET-1 (RFC 5737): never assigned to an interface.
        var (exitCode, output, error) = ModelCommandRunner.Run("serve", "--model", fixture.BundleDirectory, "--urls", "http://192.0.2.1:5189", "--allow-remote");

        Assert.Equal(1, exitCode);
        Assert.Contains("sentiment serve: --urls 'http://192.0.2.1:5189': the address is not one of this machine's", error);
        Assert.DoesNotContain("listening", output);
    }

    [Fact]
    public async Task Serve_AllInterfacesWithAllowRemote_ListensAndLogsThatItIsReachable()
    {
        using var process = ModelCommandRunner.Start("serve", "--model", fixture.BundleDirectory, "--urls", "http://0.0.0.0:0", "--allow-remote");
        try
        {
            using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(1));
            var listening = await process.StandardOutput.ReadLineAsync(timeout.Token);
            Assert.Matches(@"^sentiment serve: listening on http://0\.0\.0\.0:\d+ ", listening);
            var warning = await process.StandardError.ReadLineAsync(timeout.Token);
            Assert.Contains("Listening on http://0.0.0.0:0, which other machines can reach (--allow-remote).", warning);
        }
        finally
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
        }
    }

    [Fact]
    public async Task Serve_SigtermUnderLoad_InFlightRequestsFinishNewOnesRefusedExit0()
    {
        using var process = ModelCommandRunner.Start("serve", "--model", fixture.BundleDirectory, "--urls", "http://127.0.0.1:0");
        var url = await ReadListeningUrl(process);
        var error = process.StandardError.ReadToEndAsync();
        var output = process.StandardOutput.ReadToEndAsync();
        using var client = new HttpClient { BaseAddress = new Uri(url) };
        var texts = fixture.Reviews.Take(200).Select(r => r.Text).ToArray();
        var signalled = 0;
        var outcomes = new ConcurrentBag<(bool StartedBefore, bool FinishedAfter, HttpStatusCode? Status)>();
        var workers = Enumerable.Range(0, 16).Select(worker => Task.Run(async () =>
        {
            while (!process.HasExited)
            {
                var startedBefore = Volatile.Read(ref signalled) == 0;
                try
                {
                    // Half the clients send single reviews (micro-batching queue), half lists.
                    using var response = worker % 2 == 0
                        ? await client.PostAsJsonAsync("/predict", new { text = texts[worker] })
                        : await client.PostAsJsonAsync("/predict", new { texts });
                    outcomes.Add((startedBefore, Volatile.Read(ref signalled) == 1, response.StatusCode));
                }
                catch (HttpRequestException)
                {
                    outcomes.Add((startedBefore, true, null));
                    if (!startedBefore)
                    {
                        return;
                    }
                }
            }
        })).ToArray();
        await Task.Delay(TimeSpan.FromSeconds(2));

        Volatile.Write(ref signalled, 1);
        using (var kill = Process.Start("kill", ["-TERM", process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)]))
        {
            await kill.WaitForExitAsync();
        }

        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        await process.WaitForExitAsync(timeout.Token);
        await Task.WhenAll(workers);

        Assert.True(process.ExitCode == 0, $"exit code {process.ExitCode}: {await error}");
        Assert.All(outcomes.Where(o => o.Status is not null), o => Assert.Equal(HttpStatusCode.OK, o.Status));
        Assert.Contains(outcomes, o => o.StartedBefore && o.FinishedAfter && o.Status == HttpStatusCode.OK);
        Assert.Contains(outcomes, o => o.StartedBefore && o.Status == HttpStatusCode.OK);
        await Assert.ThrowsAsync<HttpRequestException>(() => client.GetAsync("/health"));
        await output;
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
