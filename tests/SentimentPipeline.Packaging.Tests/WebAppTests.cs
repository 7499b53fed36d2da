using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace SentimentPipeline.Packaging.Tests;

/// <summary>
/// examples/WebApp (SentimentPipeline.Service and the pretrained model, by version from artifacts/packages), built,
/// started on Kestrel at 127.0.0.1 and asked what a user's client would ask.
/// </summary>
[Collection(PackagesCollection.Name)]
[Trait("Category", "Slow")]
public sealed partial class WebAppTests(PackagesFixture packages)
{
    [Fact]
    public async Task WebApp_RestoredFromTheLocalFeed_ServesTutorialSentencesHealthAndPage()
    {
        var environment = packages.IsolatedEnvironment("web");
        var build = packages.NewScratchDirectory("web-build");
        CommandRunner.RunChecked("dotnet", ["build", Path.Combine("examples", "WebApp"), "-c", "Release", "--artifacts-path", build],
            RepositoryPaths.Root, environment, TimeSpan.FromMinutes(10));
        var service = Path.Combine(environment["NUGET_PACKAGES"], "sentimentpipeline.service", packages.Version, ".nupkg.metadata");
        using (var metadata = JsonDocument.Parse(File.ReadAllText(service)))
        {
            Assert.Equal(Path.TrimEndingDirectorySeparator(PackagesFixture.Feed),
                Path.TrimEndingDirectorySeparator(Path.GetFullPath(metadata.RootElement.GetProperty("source").GetString()!)));
        }

        using var app = Start(Path.Combine(build, "bin", "WebApp", "release", "review-sentiment-web.dll"), environment);
        try
        {
            using var client = new HttpClient { BaseAddress = new Uri(await ReadListeningUrl(app)), Timeout = TimeSpan.FromMinutes(1) };

            using var predicted = await client.PostAsJsonAsync("/predict", new { texts = new[] { "商品质量相当不错,点赞", "什么破东西,简直没法使用" } });
            Assert.Equal(HttpStatusCode.OK, predicted.StatusCode);
            using var predictions = JsonDocument.Parse(await predicted.Content.ReadAsStringAsync());
            Assert.Equal(["positive", "negative"],
                predictions.RootElement.GetProperty("predictions").EnumerateArray().Select(p => p.GetProperty("label").GetString()));

            using var ready = await client.GetAsync("/health/ready");
            Assert.Equal(HttpStatusCode.OK, ready.StatusCode);
            using var model = JsonDocument.Parse(await client.GetStringAsync("/model"));
            Assert.Equal("pretrained", model.RootElement.GetProperty("name").GetString());
            using var page = await client.GetAsync("/");
            Assert.Equal("text/html", page.Content.Headers.ContentType?.MediaType);
            Assert.Contains("<title>Sentiment", await page.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }
        finally
        {
            app.Kill(entireProcessTree: true);
            await app.WaitForExitAsync();
        }
    }

    private static Process Start(string dll, IReadOnlyDictionary<string, string> environment)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = Path.GetDirectoryName(dll)!,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            StandardOutputEncoding = Encoding.UTF8,
        };
        foreach (var argument in new[] { dll, "--urls", "http://127.0.0.1:0" })
        {
            start.ArgumentList.Add(argument);
        }

        foreach (var (name, value) in environment)
        {
            start.Environment[name] = value;
        }

        return Process.Start(start) ?? throw new InvalidOperationException($"could not start {dll}");
    }

    /// <summary>The address from ASP.NET Core's "Now listening on:" log line (port 0 lets the system pick one).</summary>
    private static async Task<string> ReadListeningUrl(Process app)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        while (await app.StandardOutput.ReadLineAsync(timeout.Token) is { } line)
        {
            if (ListeningLine().Match(line) is { Success: true } match)
            {
                // Keep reading the log so that a full pipe never blocks the app.
                _ = app.StandardOutput.ReadToEndAsync(CancellationToken.None);
                _ = app.StandardError.ReadToEndAsync(CancellationToken.None);
                return match.Groups["url"].Value;
            }
        }

        throw new InvalidOperationException($"the web app exited without listening: {await app.StandardError.ReadToEndAsync()}");
    }

    [GeneratedRegex(@"Now listening on: (?<url>http://127\.0\.0\.1:\d+)")]
    private static partial Regex ListeningLine();
}
