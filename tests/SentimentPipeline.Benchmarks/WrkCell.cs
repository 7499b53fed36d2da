using System.Diagnostics;
using System.Globalization;
using System.Text.RegularExpressions;
using SentimentPipeline.TestSupport;

namespace SentimentPipeline.Benchmarks;

/// <summary>
/// One cell of the load test: Debian's <c>wrk</c> (C, one epoll loop per thread, so the load generator takes little of
/// the CPU the server needs) sends single-review POSTs for a fixed time through <c>benchmarks/load-test.lua</c>,
/// which checks every answer against sequential scoring, with one connection per thread.
/// </summary>
internal static partial class WrkCell
{
    private static readonly string Script = Path.Combine(RepositoryPaths.Root, "benchmarks", "load-test.lua");

    public static LoadTestCellResult Run(LoadTestServer server, string requestsFile, string answersFile, int connections, int seconds)
    {
        var start = new ProcessStartInfo("wrk") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var argument in new[]
        {
            "-t", Text(connections), "-c", Text(connections), "-d", Text(seconds) + "s", "--timeout", "30s",
            "-s", Script, server.Url + "/predict", "--", requestsFile, answersFile,
        })
        {
            start.ArgumentList.Add(argument);
        }

        var cpuBefore = server.CpuTime;
        using var wrk = StartWrk(start);
        var output = wrk.StandardOutput.ReadToEndAsync();
        var errorOutput = wrk.StandardError.ReadToEndAsync();
        // Linux forgets a process's CPU time once it has exited: sample it while wrk runs (it misses at most the last
        // 0.1 s, in which wrk only prints its summary).
        var clientCpu = TimeSpan.Zero;
        while (!wrk.WaitForExit(100))
        {
            wrk.Refresh();
            clientCpu = wrk.TotalProcessorTime;
        }

        var cpu = server.CpuTime - cpuBefore;
        var line = ResultLine().Match(output.Result);
        if (wrk.ExitCode != 0 || !line.Success)
        {
            throw new InvalidOperationException($"wrk exited with {wrk.ExitCode} without a result line:\n{output.Result}{errorOutput.Result}");
        }

        long Field(string name) => long.Parse(line.Groups[name].Value, CultureInfo.InvariantCulture);
        var requests = Field("requests");
        return new LoadTestCellResult(
            RequestsPerSecond: requests / (Field("duration") / 1e6),
            P50Milliseconds: Field("p50") / 1e3,
            P99Milliseconds: Field("p99") / 1e3,
            Errors: Field("non200") + Field("socket"),
            Mismatches: Field("mismatches"),
            ServerCpuMillisecondsPerRequest: cpu.TotalMilliseconds / Math.Max(1, requests),
            ClientCpuMillisecondsPerRequest: clientCpu.TotalMilliseconds / Math.Max(1, requests));
    }

    private static Process StartWrk(ProcessStartInfo start)
    {
        try
        {
            return Process.Start(start)!;
        }
        catch (System.ComponentModel.Win32Exception e)
        {
            throw new InvalidOperationException("the load test needs Debian's wrk on PATH: apt-get install wrk", e);
        }
    }

    private static string Text(double value) => value.ToString(CultureInfo.InvariantCulture);

    [GeneratedRegex(@"load-test-cell requests=(?<requests>\d+) duration_us=(?<duration>\d+) p50_us=(?<p50>\d+) p99_us=(?<p99>\d+) non_200=(?<non200>\d+) socket_errors=(?<socket>\d+) mismatches=(?<mismatches>\d+)")]
    private static partial Regex ResultLine();
}
