namespace SentimentPipeline.Segmentation;

/// <summary>
/// jieba's DAG and maximum-probability route over one block, fused into one backwards pass: for each character
/// the trie walk yields every dictionary word starting there (the DAG edges), and the best route from it is
/// <c>max(log freq(word) − log total + route[end])</c>. A character that starts no word steps alone with
/// frequency 1. Ties keep the larger end index, as Python's <c>max</c> over <c>(prob, end)</c> does.
/// </summary>
internal static class RouteCalculator
{
    /// <summary>
    /// How many characters ahead (the pass runs backwards) the first edge probe is prefetched. perf showed the load of
    /// that slot as a third of the walk's time: each walk ends at an unpredictable branch, so the processor never
    /// runs far enough ahead to start the next walk's load itself. About 5% measured with both versions in one process,
    /// alternating in both orders; 8 characters paid a little more than 4.
    /// </summary>
    private const int PrefetchDistance = 8;

    public static void Compute(PrefixDictionary dictionary, SegmentationScratch scratch, int count)
    {
        var trie = dictionary.Trie;
        var logTotal = dictionary.LogTotal;
        var scalars = scratch.Scalars;
        var probability = scratch.RouteProbability;
        var routeEnd = scratch.RouteEnd;
        var routeWord = scratch.RouteWord;
        probability[count] = 0;
        for (var i = count - 1; i >= 0; i--)
        {
            if (i >= PrefetchDistance)
            {
                // The two-character step is the one most walks take and the table's slot is usually not cached.
                var ahead = i - PrefetchDistance;
                trie.Prefetch(in trie.Start(scalars[ahead]), scalars[ahead + 1]);
            }

            var bestEnd = i + 1;
            var bestWord = -1;
            var best = double.NegativeInfinity;
            ref readonly var entry = ref trie.Start(scalars[i]);
            for (var k = i; entry.Exists;)
            {
                // Same operation order as Python's calc, (log freq − log total) + route, so equal routes compare equal
                // here too. A node that is no word with a frequency has NaN, which never compares ">=": no branch for it.
                var candidate = entry.LogFrequency - logTotal + probability[k + 1];
                if (candidate >= best)
                {
                    // Ends grow along the walk, so ">=" keeps the larger end on a tie.
                    best = candidate;
                    bestEnd = k + 1;
                    bestWord = entry.WordId;
                }

                if (++k == count)
                {
                    break;
                }

                entry = ref k == i + 1 ? ref trie.Second(in entry, scalars[k]) : ref trie.Next(in entry, scalars[k]);
            }

            if (bestWord < 0)
            {
                best = (0.0 - logTotal) + probability[i + 1];
            }

            probability[i] = best;
            routeEnd[i] = bestEnd;
            routeWord[i] = bestWord;
        }
    }
}
