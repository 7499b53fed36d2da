namespace SentimentPipeline.Benchmarks;

/// <summary>The benchmark modes' own options (<c>--name value</c>), read straight from the command line.</summary>
internal static class BenchmarkArguments
{
    /// <summary>The value after the last <paramref name="name"/>, or null when it is not given.</summary>
    public static string? Option(string[] args, string name) => Options(args, name).LastOrDefault();

    /// <summary>The value after each <paramref name="name"/>, in order (for an option that may be repeated).</summary>
    public static List<string> Options(string[] args, string name)
        => [.. Enumerable.Range(0, Math.Max(0, args.Length - 1)).Where(i => args[i] == name).Select(i => args[i + 1])];
}
