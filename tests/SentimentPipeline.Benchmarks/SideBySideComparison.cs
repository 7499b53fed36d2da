using System.Diagnostics;
using System.Globalization;
using System.Text;
using System.Text.Json;
using SentimentPipeline.Segmentation;
using SentimentPipeline.TestSupport;

namespace SentimentPipeline.Benchmarks;

/// <summary>
/// <c>--compare</c>: in one run, segments the same reviews (all of online_shopping_10_cats.csv) with four jieba
/// implementations, one after the other, each single-threaded in accurate mode with HMM (the two .NET ones also without HMM): this segmenter and
/// jieba.NET 0.42.2 in this process, jieba-rs through node (tests/node/jieba-benchmark.js) and Python jieba 0.42.1
/// (tests/python/jieba-benchmark.py). Each warms up for at least <see cref="WarmUpSeconds"/> (the runtimes compile
/// their hot code in tiers), then is timed for at least <see cref="MinimumSeconds"/> and one whole pass. Prints MB/s
/// by wall clock and per CPU-second with the ratios ours / theirs, plus dictionary load time and retained memory.
/// </summary>
public static class SideBySideComparison
{
    private const double WarmUpSeconds = 3;
    private const double MinimumSeconds = 5;

    public static int Run()
    {
        var invariant = CultureInfo.InvariantCulture;
        var loadCold = Time(() => PrefixDictionary.LoadDefault());
        var loadWarm = Median(5, () => Time(() => PrefixDictionary.LoadDefault()));
        var retained = RetainedBytes(PrefixDictionary.LoadDefault);
        var jiebaNetLoad = Median(3, () => Time(JiebaNetReference.LoadDictionary));
        var jiebaNetRetained = RetainedBytes(JiebaNetReference.LoadDictionary);

        var reviews = BenchmarkReviews.Load();
        var bytes = BenchmarkReviews.Utf8Bytes(reviews);
        Console.WriteLine($"Machine: {Environment.ProcessorCount} logical CPUs, load average {MachineLoad.Average()} at the start (other processes share the CPUs; the implementations run one after the other).");
        Console.WriteLine(string.Create(invariant, $"Text: {reviews.Count} reviews of online_shopping_10_cats.csv, {bytes / 1e6:F2} MB UTF-8; accurate mode, single thread."));

        // Ours first, before jieba.NET's dictionary is in the heap, as in every earlier run of this comparison.
        var segmenter = JiebaSegmenter.CreateDefault();
        var ours = MegabytesPerSecond(bytes, () => CutAll(reviews, r => segmenter.Cut(r, hmm: true)));
        var oursNoHmm = MegabytesPerSecond(bytes, () => CutAll(reviews, r => segmenter.Cut(r, hmm: false)));
        var jiebaNet = JiebaNetReference.Create();
        PrintTable("Accurate mode with HMM", ours,
        [
            ("SentimentPipeline.Segmentation", ours),
            ("jieba.NET 0.42.2 (same process)", MegabytesPerSecond(bytes, () => CutAll(reviews, r => jiebaNet.Cut(r, cutAll: false, hmm: true).Count()))),
            ("jieba-rs (@node-rs/jieba 2.0.3, node)", RunExternal(reviews, bytes, "jieba-rs", (input, warmUp, minimum) =>
                NodeReferenceRuntime.Ensure().RunScript("jieba-benchmark.js", [input, warmUp, minimum]))),
            ("Python jieba 0.42.1 (/usr/bin/python3)", RunExternal(reviews, bytes, "Python jieba", (input, warmUp, minimum) =>
                PythonJiebaRuntime.Ensure().RunScript("jieba-benchmark.py", [input, warmUp, minimum]))),
        ]);

        // Without HMM the two .NET implementations only: the second throughput target is against jieba.NET.
        PrintTable("Accurate mode without HMM", oursNoHmm,
        [
            ("SentimentPipeline.Segmentation", oursNoHmm),
            ("jieba.NET 0.42.2 (same process)", MegabytesPerSecond(bytes, () => CutAll(reviews, r => jiebaNet.Cut(r, cutAll: false, hmm: false).Count()))),
        ]);

        Console.WriteLine();
        Console.WriteLine(string.Create(invariant, $"Dictionary load, ours (349,045 words): first in process {loadCold.Wall.TotalMilliseconds:F0} ms ({loadCold.Cpu.TotalMilliseconds:F0} ms CPU), median of 5 after {loadWarm.Wall.TotalMilliseconds:F0} ms ({loadWarm.Cpu.TotalMilliseconds:F0} ms CPU)"));
        Console.WriteLine(string.Create(invariant, $"Dictionary load, jieba.NET (WordDictionary): median of 3 {jiebaNetLoad.Wall.TotalMilliseconds:F0} ms ({jiebaNetLoad.Cpu.TotalMilliseconds:F0} ms CPU)"));
        Console.WriteLine(string.Create(invariant, $"Loaded dictionary retains: ours {retained / 1e6:F1} MB, jieba.NET {jiebaNetRetained / 1e6:F1} MB of managed heap"));
        Console.WriteLine($"Load average at the end: {MachineLoad.Average()}");
        return 0;
    }

    private static void CutAll(IReadOnlyList<string> reviews, Func<string, object> cut)
    {
        foreach (var review in reviews)
        {
            GC.KeepAlive(cut(review));
        }
    }

    private static void PrintTable(string mode, (double Wall, double Cpu) ours, IEnumerable<(string Name, (double Wall, double Cpu) Speed)> results)
    {
        var invariant = CultureInfo.InvariantCulture;
        Console.WriteLine();
        Console.WriteLine(mode);
        Console.WriteLine("| implementation | MB/s wall clock | MB per CPU-second | ours / it, wall | ours / it, CPU |");
        Console.WriteLine("| --- | ---: | ---: | ---: | ---: |");
        foreach (var (name, speed) in results)
        {
            Console.WriteLine(string.Create(invariant, $"| {name} | {speed.Wall:F2} | {speed.Cpu:F2} | {ours.Wall / speed.Wall:F2}x | {ours.Cpu / speed.Cpu:F2}x |"));
        }
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
        while (passes < 1 || clock.Elapsed.TotalSeconds < MinimumSeconds)
        {
            pass();
            passes++;
        }

        var cpuSeconds = (Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalSeconds;
        return (bytes * passes / clock.Elapsed.TotalSeconds / 1e6, bytes * passes / cpuSeconds / 1e6);
    }

    /// <summary>Runs a benchmark script of another runtime on the same reviews (a JSON-lines file) and reads its JSON result.</summary>
    private static (double Wall, double Cpu) RunExternal(IReadOnlyList<string> reviews, long bytes, string name, Func<string, string, string, string> run)
    {
        var input = Path.Combine(Path.GetTempPath(), $"segmenter-benchmark-{Environment.ProcessId}.jsonl");
        try
        {
            File.WriteAllLines(input, reviews.Select(r => JsonSerializer.Serialize(r)), new UTF8Encoding(false));
            var output = run(input, WarmUpSeconds.ToString(CultureInfo.InvariantCulture), MinimumSeconds.ToString(CultureInfo.InvariantCulture));
            using var result = JsonDocument.Parse(output);
            var measuredBytes = result.RootElement.GetProperty("bytes").GetInt64();
            if (measuredBytes != bytes)
            {
                throw new InvalidOperationException($"{name} measured {measuredBytes} UTF-8 bytes, this process {bytes}: not the same text.");
            }

            return (result.RootElement.GetProperty("megabytesPerSecond").GetDouble(), result.RootElement.GetProperty("megabytesPerCpuSecond").GetDouble());
        }
        finally
        {
            File.Delete(input);
        }
    }

    private static (TimeSpan Wall, TimeSpan Cpu) Median(int runs, Func<(TimeSpan Wall, TimeSpan Cpu)> measure) =>
        Enumerable.Range(0, runs).Select(_ => measure()).OrderBy(t => t.Wall).ElementAt(runs / 2);

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
