using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Headers;
using System.Text.Json;
using System.Text.RegularExpressions;
using SentimentPipeline.Prediction;
using SentimentPipeline.TestSupport;

namespace SentimentPipeline.Benchmarks;

/// <summary>
/// <c>--load</c>: single-review POST /predict against <c>sentiment serve</c> on 127.0.0.1, with 1, 16 and 64
/// connections, micro-batching off and on (two server processes, one after the other, in one run). Prints throughput,
/// p50/p99 latency, errors, answers that differ from sequential scoring of the same text in this process, and the
/// server's CPU time, then the on/off throughput ratio. Bounded: a fixed time per cell and at most 1,000,000 requests.
/// Options: <c>--seconds N</c> (default 10), <c>--on-args "…"</c> (extra serve options for the on server; repeat it
/// to compare several "on" settings against the same "off" server in one run, e.g. each <c>--max-wait-ms</c>).
/// </summary>
public static partial class LoadTest
{
    private static readonly int[] Connections = [1, 16, 64];
    private const int MaxRequestsPerCell = 1_000_000;

    public static int Run(string[] args)
    {
        var seconds = double.Parse(Option(args, "--seconds") ?? "10", CultureInfo.InvariantCulture);
        var onSettings = Options(args, "--on-args") is { Count: > 0 } given ? given : [string.Empty];
        var modelDirectory = PredictionBenchmarkModel.Directory;
        var reviews = BenchmarkReviews.Load().Take(PredictionBenchmarkModel.SampleSize).ToArray();
        using var model = SentimentModel.Load(modelDirectory);
        // Sequential scoring: each review alone, one after the other; every answer under load must equal it.
        var expected = reviews.Select(r => model.BatchPredictor.Predict(r)).ToArray();
        var bodies = reviews.Select(r => JsonSerializer.SerializeToUtf8Bytes(new { text = r })).ToArray();
        Console.WriteLine($"model {modelDirectory}, {reviews.Length} reviews of online_shopping_10_cats.csv, {seconds:F0} s per cell, {Environment.ProcessorCount} cores, {LoadAverage()}");

        var results = new List<(string Mode, int Connections, CellResult Result)>();
        var modes = new[] { ("off", "--no-micro-batching") }
            .Concat(onSettings.Select(extra => (extra.Length == 0 ? "on" : $"on `{extra}`", extra)))
            .ToList();
        foreach (var (mode, extra) in modes)
        {
            using var server = ServerProcess.Start(modelDirectory, extra);
            Console.WriteLine($"micro-batching {mode}: {server.Url} (serve {extra})");
            RunCell(server, bodies, expected, 16, 2).GetAwaiter().GetResult(); // warm-up
            foreach (var connections in Connections)
            {
                var result = RunCell(server, bodies, expected, connections, seconds).GetAwaiter().GetResult();
                results.Add((mode, connections, result));
                Console.WriteLine($"  {connections,2} connections: {result.RequestsPerSecond,8:F0} req/s");
            }
        }

        Console.WriteLine();
        Console.WriteLine("| micro-batching | connections | requests/s | p50 ms | p99 ms | errors | answers ≠ sequential | server CPU ms/request |");
        Console.WriteLine("| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |");
        foreach (var (mode, connections, r) in results)
        {
            Console.WriteLine(FormattableString.Invariant(
                $"| {mode} | {connections} | {r.RequestsPerSecond:F0} | {r.P50Milliseconds:F2} | {r.P99Milliseconds:F2} | {r.Errors} | {r.Mismatches} | {r.ServerCpuMillisecondsPerRequest:F2} |"));
        }

        Console.WriteLine();
        foreach (var (mode, _) in modes.Skip(1))
        {
            foreach (var connections in Connections)
            {
                var off = results.Single(r => r.Mode == "off" && r.Connections == connections).Result;
                var on = results.Single(r => r.Mode == mode && r.Connections == connections).Result;
                Console.WriteLine(FormattableString.Invariant(
                    $"ratio {mode}/off at {connections,2} connections: {on.RequestsPerSecond / off.RequestsPerSecond:F2}x throughput, {off.ServerCpuMillisecondsPerRequest / on.ServerCpuMillisecondsPerRequest:F2}x fewer server CPU ms per request"));
            }
        }

        Console.WriteLine($"at the end: {LoadAverage()}");
        var failed = results.Sum(r => r.Result.Errors + r.Result.Mismatches);
        Console.WriteLine(failed == 0 ? "no errors; every answer equals sequential scoring" : $"{failed} errors or differing answers");
        return failed == 0 ? 0 : 1;
    }

    private static async Task<CellResult> RunCell(ServerProcess server, byte[][] bodies, SentimentPrediction[] expected, int connections, double seconds)
    {
        using var handler = new SocketsHttpHandler { MaxConnectionsPerServer = connections, PooledConnectionLifetime = Timeout.InfiniteTimeSpan };
        using var client = new HttpClient(handler) { BaseAddress = new Uri(server.Url), Timeout = TimeSpan.FromSeconds(30) };
        var latencies = new List<double>[connections];
        var errors = 0;
        var mismatches = 0;
        var next = -1;
        var cpuBefore = server.CpuTime;
        var clock = Stopwatch.StartNew();
        var stopAt = TimeSpan.FromSeconds(seconds);
        await Task.WhenAll(Enumerable.Range(0, connections).Select(worker => Task.Run(async () =>
        {
            var mine = latencies[worker] = [];
            while (clock.Elapsed < stopAt)
            {
                var n = Interlocked.Increment(ref next);
                if (n >= MaxRequestsPerCell)
                {
                    return;
                }

                var i = n % bodies.Length;
                var started = Stopwatch.GetTimestamp();
                try
                {
                    using var content = new ByteArrayContent(bodies[i]);
                    content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
                    using var response = await client.PostAsync("/predict", content).ConfigureAwait(false);
                    var json = await response.Content.ReadAsByteArrayAsync().ConfigureAwait(false);
                    mine.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
                    if (!response.IsSuccessStatusCode)
                    {
                        Interlocked.Increment(ref errors);
                    }
                    else if (!Same(expected[i], json))
                    {
                        Interlocked.Increment(ref mismatches);
                    }
                }
                catch (HttpRequestException)
                {
                    Interlocked.Increment(ref errors);
                }
            }
        }))).ConfigureAwait(false);
        var elapsed = clock.Elapsed;
        var cpu = server.CpuTime - cpuBefore;
        var all = latencies.SelectMany(l => l).Order().ToArray();
        return new CellResult(all.Length / elapsed.TotalSeconds, Percentile(all, 0.50), Percentile(all, 0.99), errors, mismatches,
            cpu.TotalMilliseconds / Math.Max(1, all.Length));
    }

    /// <summary>Label and both probabilities bit for bit (the JSON writes floats round-trippable).</summary>
    private static bool Same(SentimentPrediction expected, byte[] json)
    {
        using var document = JsonDocument.Parse(json);
        var root = document.RootElement;
        return root.GetProperty("label").GetString() == expected.Label
            && root.GetProperty("positive").GetSingle() == expected.Positive
            && root.GetProperty("negative").GetSingle() == expected.Negative;
    }

    private static double Percentile(double[] sorted, double quantile)
        => sorted.Length == 0 ? double.NaN : sorted[Math.Min(sorted.Length - 1, (int)Math.Ceiling(quantile * sorted.Length) - 1)];

    /// <summary>The machine's load average where Linux reports it: the figures are only comparable within one run.</summary>
    private static string LoadAverage()
        => File.Exists("/proc/loadavg") ? $"load average {string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3))}" : "load average unknown";

    private static string? Option(string[] args, string name) => Options(args, name).LastOrDefault();

    private static List<string> Options(string[] args, string name)
        => [.. Enumerable.Range(0, args.Length - 1).Where(i => args[i] == name).Select(i => args[i + 1])];

    private sealed record CellResult(double RequestsPerSecond, double P50Milliseconds, double P99Milliseconds, int Errors, int Mismatches, double ServerCpuMillisecondsPerRequest);

    /// <summary><c>sentiment serve</c> on 127.0.0.1 with a free port, from the CLI's Release build.</summary>
    private sealed partial class ServerProcess : IDisposable
    {
        private readonly Process _process;

        private ServerProcess(Process process, string url)
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

        public static ServerProcess Start(string modelDirectory, string extraArguments)
        {
            // Where MSBuild built the CLI for this configuration (SentimentPipeline.Benchmarks.csproj records it).
            var cli = BuildOutputs.Path(typeof(LoadTest).Assembly, "SentimentCli");

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
                    return new ServerProcess(process, match.Groups["url"].Value);
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
}
