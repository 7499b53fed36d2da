namespace SentimentPipeline.Prediction;

/// <summary>
/// Splits reviews sorted by length into the ONNX Runtime calls that cost least. A call pads every review to the
/// longest one in it, and the model's work grows with that padded area (the LSTM steps and the wide path's n-gram
/// windows), so one call over a mixed batch can spend most of its time on padding; each call also has a fixed cost.
/// With cost(call) = <see cref="CallCost"/> + rows × longest, the cheapest split of a sorted list into runs of at
/// most the batch size is found exactly by dynamic programming over the split points.
/// </summary>
internal static class PaddedChunks
{
    /// <summary>
    /// The fixed cost of one ONNX Runtime call, in padded token positions (rows × length). Chosen with the benchmarks'
    /// <c>--prediction</c>, which scores random groups of 32 reviews (as micro-batching gathers them) with several
    /// values and with one call per group (the prediction README, "Benchmark").
    /// </summary>
    public const int CallCost = 96;

    /// <summary>The end (exclusive) of each chunk, in order, for <paramref name="sortedLengths"/> (ascending).</summary>
    public static List<int> Ends(ReadOnlySpan<int> sortedLengths, int maxRows, int callCost = CallCost)
    {
        var count = sortedLengths.Length;
        // best[j]: least cost of the first j reviews; start[j]: where the last chunk of that split begins.
        var best = new long[count + 1];
        var start = new int[count + 1];
        for (var end = 1; end <= count; end++)
        {
            best[end] = long.MaxValue;
            var longest = sortedLengths[end - 1];
            for (var first = Math.Max(0, end - maxRows); first < end; first++)
            {
                var cost = best[first] + callCost + ((long)(end - first) * longest);
                // "<=": among equal splits the later start wins, so earlier chunks are filled to the batch size.
                if (cost <= best[end])
                {
                    best[end] = cost;
                    start[end] = first;
                }
            }
        }

        var ends = new List<int>();
        for (var end = count; end > 0; end = start[end])
        {
            ends.Add(end);
        }

        ends.Reverse();
        return ends;
    }
}
