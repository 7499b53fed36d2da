using System.Diagnostics;
using System.Globalization;
using System.Text;
using System.Text.Json;
using SentimentPipeline.Segmentation;
using SentimentPipeline.Tests.Shared;

namespace SentimentPipeline.Benchmarks;

/// <summary>
/// <c>--compare</c>: in one run, segments the same reviews with this segmenter and with jieba-rs through node
/// (tests/node/jieba-benchmark.js), both single-threaded, accurate mode with HMM, warm-up passes for at least
/// <see cref="WarmUpSeconds"/> (both runtimes compile their hot code in tiers) then timed passes for at least
/// <see cref="MinimumSeconds"/>; prints both MB/s and the ratio, plus dictionary load time
/// and the memory the loaded dictionary keeps.
/// </summary>
public static class SideBySideComparison
{
    private const double WarmUpSeconds = 3;
    private const double MinimumSeconds = 5;

    public static int Run()
    {
        var loadCold = Time(() => PrefixDictionary.LoadDefault());
        var loadWarm = Enumerable.Range(0, 5).Select(_ => Time(() => PrefixDictionary.LoadDefault())).OrderBy(t => t.Wall).ElementAt(2);
        var retainedBytes = RetainedBytes(PrefixDictionary.LoadDefault);

        var reviews = BenchmarkReviews.Load();
        var bytes = BenchmarkReviews.Utf8Bytes(reviews);
        var segmenter = JiebaSegmenter.CreateDefault();
        var ours = MegabytesPerSecond(bytes, () =>
        {
            foreach (var review in reviews)
            {
                segmenter.Cut(review);
            }
        });

        var jiebaRs = RunJiebaRs(reviews, bytes);

        var invariant = CultureInfo.InvariantCulture;
        Console.WriteLine($"Machine: {Environment.ProcessorCount} logical CPUs, load average {LoadAverage()} (other processes share the CPUs; the two sides run one after the other).");
        Console.WriteLine(string.Create(invariant, $"Text: {reviews.Count} reviews of online_shopping_10_cats.csv, {bytes / 1e6:F2} MB UTF-8; accurate mode with HMM, single thread."));
        Console.WriteLine(string.Create(invariant, $"SentimentPipeline.Segmentation:            {ours.Wall,6:F2} MB/s wall clock, {ours.Cpu,6:F2} MB per CPU-second"));
        Console.WriteLine(string.Create(invariant, $"jieba-rs (@node-rs/jieba 2.0.3 via node): {jiebaRs.Wall,6:F2} MB/s wall clock, {jiebaRs.Cpu,6:F2} MB per CPU-second"));
        Console.WriteLine(string.Create(invariant, $"Ratio ours / jieba-rs: {ours.Wall / jiebaRs.Wall:F2} (wall clock), {ours.Cpu / jiebaRs.Cpu:F2} (CPU time)"));
        Console.WriteLine(string.Create(invariant, $"Dictionary load (349,045 words): first in process {loadCold.Wall.TotalMilliseconds:F0} ms ({loadCold.Cpu.TotalMilliseconds:F0} ms CPU), median of 5 after {loadWarm.Wall.TotalMilliseconds:F0} ms ({loadWarm.Cpu.TotalMilliseconds:F0} ms CPU)"));
        Console.WriteLine(string.Create(invariant, $"Loaded dictionary retains {retainedBytes / 1e6:F1} MB of managed heap"));
        return 0;
    }

    /// <summary>Throughput by wall clock and by this process's CPU time (fairer when other processes compete for the CPUs).</summary>
    private static (double Wall, double Cpu) MegabytesPerSecond(long bytes, Action pass)
    {
        var clock = Stopwatch.StartNew();
        while (clock.Elapsed.TotalSeconds < WarmUpSeconds)
        {
            pass();
        }

        var passes = 0;
        var cpu = Process.GetCurrentProcess().TotalProcessorTime;
        clock.Restart();
        while (passes < 3 || clock.Elapsed.TotalSeconds < MinimumSeconds)
        {
            pass();
            passes++;
        }

        var cpuSeconds = (Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalSeconds;
        return (bytes * passes / clock.Elapsed.TotalSeconds / 1e6, bytes * passes / cpuSeconds / 1e6);
    }

    private static (double Wall, double Cpu) RunJiebaRs(IReadOnlyList<string> reviews, long bytes)
    {
        var input = Path.Combine(Path.GetTempPath(), $"segmenter-benchmark-{Environment.ProcessId}.jsonl");
        try
        {
            File.WriteAllLines(input, reviews.Select(r => JsonSerializer.Serialize(r)), new UTF8Encoding(false));
            var output = NodeReferenceRuntime.Ensure().RunScript("jieba-benchmark.js", [input, WarmUpSeconds.ToString(CultureInfo.InvariantCulture), MinimumSeconds.ToString(CultureInfo.InvariantCulture)]);
            using var result = JsonDocument.Parse(output);
            var measuredBytes = result.RootElement.GetProperty("bytes").GetInt64();
            if (measuredBytes != bytes)
            {
                throw new InvalidOperationException($"node measured {measuredBytes} UTF-8 bytes, this process {bytes}: not the same text.");
            }

            return (result.RootElement.GetProperty("megabytesPerSecond").GetDouble(), result.RootElement.GetProperty("megabytesPerCpuSecond").GetDouble());
        }
        finally
        {
            File.Delete(input);
        }
    }

    private static string LoadAverage() =>
        File.Exists("/proc/loadavg") ? string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "unknown";

    private static (TimeSpan Wall, TimeSpan Cpu) Time(Func<object> action)
    {
        var cpu = Process.GetCurrentProcess().TotalProcessorTime;
        var clock = Stopwatch.StartNew();
        GC.KeepAlive(action());
        return (clock.Elapsed, Process.GetCurrentProcess().TotalProcessorTime - cpu);
    }

    private static long RetainedBytes(Func<object> load)
    {
        var before = GC.GetTotalMemory(forceFullCollection: true);
        var loaded = load();
        var after = GC.GetTotalMemory(forceFullCollection: true);
        GC.KeepAlive(loaded);
        return after - before;
    }
}
