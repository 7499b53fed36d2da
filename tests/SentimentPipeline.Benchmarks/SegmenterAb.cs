using System.Diagnostics;
using System.Globalization;
using System.Reflection;
using System.Runtime.Loader;

namespace SentimentPipeline.Benchmarks;

/// <summary>
/// <c>--ab DIR [DIR…] [--rounds N] [--hmm true|false]</c>: several builds of the segmenter in one process, each
/// <c>DIR/SentimentPipeline.Segmentation.dll</c> in an <see cref="AssemblyLoadContext"/> of its own, timed pass by
/// pass in turn over <see cref="BenchmarkReviews.Sample"/> (the order reversed every round, so neither side always
/// runs second) by process CPU time. Prints MB per CPU-second over all passes, of the median pass and of the
/// fastest, each as a ratio to the first build, and the token count of a pass (which must agree). A directory may
/// be named more than once: the same build loaded twice differed by up to 20% here (where its tables landed in
/// memory), so a change is worth keeping only when it wins against several instances of the old build.
/// </summary>
public static class SegmenterAb
{
    private const int WarmUpRounds = 3;

    public static int Run(string[] args)
    {
        var invariant = CultureInfo.InvariantCulture;
        var dirs = Operands(args);
        if (dirs.Count == 0)
        {
            Console.Error.WriteLine("usage: --ab DIR [DIR…] [--rounds N] [--hmm true|false]   (DIR holds a built SentimentPipeline.Segmentation.dll)");
            return 1;
        }

        var rounds = int.Parse(BenchmarkArguments.Option(args, "--rounds") ?? "20", invariant);
        var modes = BenchmarkArguments.Option(args, "--hmm") is { } only ? [bool.Parse(only)] : new[] { true, false };
        var reviews = BenchmarkReviews.Sample();
        var megabytes = BenchmarkReviews.Utf8Bytes(reviews) / 1e6;
        var cuts = dirs.Select(dir => LoadBuild(Path.GetFullPath(dir))).ToList();
        foreach (var hmm in modes)
        {
            var passes = cuts.Select(_ => new List<double>()).ToList();
            var tokens = new long[cuts.Count];
            for (var round = -WarmUpRounds; round < rounds; round++)
            {
                for (var j = 0; j < cuts.Count; j++)
                {
                    var k = round % 2 == 0 ? j : cuts.Count - 1 - j;
                    var cpu = CpuSeconds();
                    tokens[k] = Pass(cuts[k], reviews, hmm);
                    if (round >= 0)
                    {
                        passes[k].Add(CpuSeconds() - cpu);
                    }
                }
            }

            Console.WriteLine(string.Create(invariant, $"accurate, HMM {hmm}: {rounds} passes each over {reviews.Count} reviews ({megabytes:F2} MB), MB per CPU-second (ratio to the first)"));
            for (var k = 0; k < cuts.Count; k++)
            {
                var all = passes[k].Sum();
                var median = Median(passes[k]);
                var fastest = passes[k].Min();
                Console.WriteLine(string.Create(invariant,
                    $"  {k + 1}. {dirs[k]}: all {megabytes * rounds / all:F2} ({passes[0].Sum() / all:F3}x), median {megabytes / median:F2} ({Median(passes[0]) / median:F3}x), fastest {megabytes / fastest:F2} ({passes[0].Min() / fastest:F3}x), tokens {tokens[k]}"));
            }
        }

        return 0;
    }

    /// <summary>The build's <c>JiebaSegmenter.CreateDefault().Cut</c>, after printing the median CPU time of three dictionary loads.</summary>
    private static Func<string, bool, IReadOnlyList<string>> LoadBuild(string dir)
    {
        var assembly = new AssemblyLoadContext(dir).LoadFromAssemblyPath(Path.Combine(dir, "SentimentPipeline.Segmentation.dll"));
        var type = assembly.GetType("SentimentPipeline.Segmentation.JiebaSegmenter", throwOnError: true)!;
        var create = type.GetMethod("CreateDefault", BindingFlags.Public | BindingFlags.Static)!;
        object segmenter = null!;
        var loads = new List<double>();
        for (var n = 0; n < 3; n++)
        {
            var cpu = CpuSeconds();
            segmenter = create.Invoke(null, null)!;
            loads.Add(CpuSeconds() - cpu);
        }

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{dir}: segmenter built in {Median(loads) * 1000:F0} ms CPU (median of 3)"));
        return type.GetMethod("Cut", [typeof(string), typeof(bool)])!.CreateDelegate<Func<string, bool, IReadOnlyList<string>>>(segmenter);
    }

    private static long Pass(Func<string, bool, IReadOnlyList<string>> cut, IReadOnlyList<string> reviews, bool hmm)
    {
        long tokens = 0;
        foreach (var review in reviews)
        {
            tokens += cut(review, hmm).Count;
        }

        return tokens;
    }

    private static List<string> Operands(string[] args)
    {
        var operands = new List<string>();
        for (var i = Array.IndexOf(args, "--ab") + 1; i < args.Length && !args[i].StartsWith("--", StringComparison.Ordinal); i++)
        {
            operands.Add(args[i]);
        }

        return operands;
    }

    private static double CpuSeconds() => Process.GetCurrentProcess().TotalProcessorTime.TotalSeconds;

    private static double Median(List<double> values)
    {
        var sorted = values.Order().ToList();
        return sorted[sorted.Count / 2];
    }
}
