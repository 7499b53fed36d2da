using System.Diagnostics;
using System.Text.RegularExpressions;
using SentimentPipeline.TestSupport;

namespace SentimentPipeline.Benchmarks;

/// <summary><c>sentiment serve</c> on 127.0.0.1 with a free port, from the CLI's Release build (the load test's server).</summary>
internal sealed partial class LoadTestServer : IDisposable
{
    private readonly Process _process;

    private LoadTestServer(Process process, string url)
    {
        _process = process;
        Url = url;
    }

    public string Url { get; }

    public TimeSpan CpuTime
    {
        get
        {
            _process.Refresh();
            return _process.TotalProcessorTime;
        }
    }

    public static LoadTestServer Start(string modelDirectory, string extraArguments)
    {
        // Where MSBuild built the CLI for this configuration (SentimentPipeline.Benchmarks.csproj records it).
        var cli = BuildOutputs.Path(typeof(LoadTestServer).Assembly, "SentimentCli");

        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = false,
            UseShellExecute = false,
        };
        foreach (var argument in new[] { cli, "serve", "--model", modelDirectory, "--urls", "http://127.0.0.1:0", "--log-level", "Warning" })
        {
            start.ArgumentList.Add(argument);
        }

        foreach (var argument in extraArguments.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            start.ArgumentList.Add(argument);
        }

        var process = Process.Start(start)!;
        while (process.StandardOutput.ReadLine() is { } line)
        {
            var match = ListeningLine().Match(line);
            if (match.Success)
            {
                return new LoadTestServer(process, match.Groups["url"].Value);
            }
        }

        throw new InvalidOperationException($"sentiment serve exited with {process.ExitCode} before listening");
    }

    public void Dispose()
    {
        _process.Kill();
        _process.WaitForExit();
        _process.Dispose();
    }

    [GeneratedRegex(@"listening on (?<url>http://127\.0\.0\.1:\d+)")]
    private static partial Regex ListeningLine();
}
