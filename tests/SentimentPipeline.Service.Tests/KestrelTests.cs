using System.Net;
using System.Net.Sockets;
using System.Text;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using SentimentPipeline.Service.Tests.Support;

namespace SentimentPipeline.Service.Tests;

/// <summary>
/// The sample app on real Kestrel at 127.0.0.1, spoken to over raw TCP where HttpClient would not send what a broken
/// client sends: oversized, malformed chunked, short and slow bodies. Each is a 4xx with at most one log line.
/// </summary>
[Trait("Category", "Slow")]
public sealed class KestrelTests(ServiceFixture fixture) : IClassFixture<ServiceFixture>, IDisposable
{
    private SentimentAppFactory? _factory;

    [Fact]
    public async Task Predict_OversizedBodyWithLength_413BeforeTheBodyIsSent()
    {
        var response = await Exchange($"Content-Length: {SentimentModelOptions.DefaultMaxRequestBodyBytes + 1}\r\n\r\n");

        Assert.StartsWith("HTTP/1.1 413", response);
        Assert.Contains("Content-Type: application/problem+json", response);
        Assert.Contains("\"title\":\"Request body too large\"", response);
    }

    [Fact]
    public async Task Predict_MalformedChunkedBody_400WithOneLogLineAndNoStackTrace()
    {
        var response = await Exchange("Transfer-Encoding: chunked\r\n\r\nZZZ\r\n{\"text\":\"好\"}\r\n0\r\n\r\n");

        Assert.StartsWith("HTTP/1.1 400", response);
        Assert.Contains("\"title\":\"Malformed request body\"", response);
        AssertOneQuietLogLine();
    }

    [Fact]
    public async Task Predict_ShortBodyThenClientGone_OneLogLineAndServerStillAnswers()
    {
        // The client ends its side after 8 of 100 announced bytes: Kestrel drops the connection (no one to answer).
        var response = await Exchange("Content-Length: 100\r\n\r\n{\"text\":", closeAfterSending: true);

        Assert.True(response.Length == 0 || response.StartsWith("HTTP/1.1 400", StringComparison.Ordinal), response);
        await Task.Delay(500);
        AssertOneQuietLogLine(atMost: true);
        using var health = await _factory!.CreateClient().GetAsync("/health");
        Assert.Equal(HttpStatusCode.OK, health.StatusCode);
    }

    [Fact]
    public async Task Predict_SlowBody_408WithOneLogLine()
    {
        var response = await Exchange("Content-Length: 100\r\n\r\n{\"text\":", configure: kestrel =>
            kestrel.Limits.MinRequestBodyDataRate = new MinDataRate(bytesPerSecond: 100, gracePeriod: TimeSpan.FromSeconds(2)));

        Assert.StartsWith("HTTP/1.1 408", response);
        AssertOneQuietLogLine();
    }

    [Fact]
    public async Task Health_HeadOnKestrel_200()
    {
        var client = Start().CreateClient();

        using var response = await client.SendAsync(new HttpRequestMessage(HttpMethod.Head, "/health"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("127.0.0.1", client.BaseAddress!.Host);
    }

    public void Dispose() => _factory?.Dispose();

    private SentimentAppFactory Start(Action<KestrelServerOptions>? configure = null)
        => _factory ??= new SentimentAppFactory(fixture.Model.BundleDirectory).OnKestrel(configure);

    /// <summary>Sends a POST /predict with the given headers-and-body tail over TCP and reads the whole answer.</summary>
    private async Task<string> Exchange(string tail, bool closeAfterSending = false, Action<KestrelServerOptions>? configure = null)
    {
        var address = Start(configure).ClientOptions.BaseAddress;
        using var tcp = new TcpClient();
        await tcp.ConnectAsync(IPAddress.Loopback, address.Port);
        using var stream = tcp.GetStream();
        var request = $"POST /predict HTTP/1.1\r\nHost: {address.Authority}\r\nContent-Type: application/json\r\nConnection: close\r\n{tail}";
        await stream.WriteAsync(Encoding.UTF8.GetBytes(request));
        if (closeAfterSending)
        {
            tcp.Client.Shutdown(SocketShutdown.Send);
        }

        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        try
        {
            return await new StreamReader(stream, Encoding.UTF8).ReadToEndAsync(timeout.Token);
        }
        catch (IOException e) when (e.InnerException is SocketException { SocketErrorCode: SocketError.ConnectionReset })
        {
            return string.Empty;
        }
    }

    private void AssertOneQuietLogLine(bool atMost = false)
    {
        // The framework's own Information lines are off in `sentiment serve`; warnings and errors count from everyone.
        var entries = _factory!.Logs.Entries.Where(e => e.Level >= Microsoft.Extensions.Logging.LogLevel.Warning
            || (e.Category.StartsWith("SentimentPipeline.Service", StringComparison.Ordinal)
                && !e.Category.EndsWith("RequestLogFilter", StringComparison.Ordinal) && !e.Category.EndsWith(".Model", StringComparison.Ordinal))).ToArray();
        Assert.True(entries.Length == 1 || (atMost && entries.Length == 0), string.Join("\n", entries.Select(e => $"{e.Category} {e.Level}: {e.Message} {e.Exception?.GetType()}")));
        Assert.All(entries, entry => Assert.Null(entry.Exception));
        Assert.All(entries, entry => Assert.DoesNotContain('\n', entry.Message));
        Assert.DoesNotContain(_factory.Logs.Entries, e => e.Exception is not null);
    }
}
