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
    /// How many characters ahead (the pass runs backwards) the cell of the two-character step is prefetched. perf showed
    /// that load as a third of the walk's time: each walk ends at an unpredictable branch, so the processor never runs
    /// far enough ahead to start the next walk's load itself. About 5% measured (on the hash-table trie before the
    /// double array) with both versions in one process, alternating in both orders; 8 characters paid a little more than 4.
    /// </summary>
    private const int PrefetchDistance = 8;

    public static void Compute(PrefixDictionary dictionary, SegmentationScratch scratch, int count)
    {
        var trie = dictionary.Trie;
        var units = trie.Units;
        var rootBase = units[CharTrie.Root].Base;
        var logTotal = dictionary.LogTotal;
        var codes = scratch.Codes;
        var probability = scratch.RouteProbability;
        var routeEnd = scratch.RouteEnd;
        var routeNode = scratch.RouteNode;
        probability[count] = 0;
        for (var i = count - 1; i >= 0; i--)
        {
            if (i >= PrefetchDistance)
            {
                // The two-character step is the one most walks take and its cell is often not cached.
                trie.Prefetch(codes[i - PrefetchDistance], codes[i - PrefetchDistance + 1]);
            }

            var bestEnd = i + 1;
            var bestNode = -1;
            var best = double.NegativeInfinity;
            var parent = CharTrie.Root;
            var node = rootBase + codes[i];
            for (var k = i; units[node].Check == parent;)
            {
                // Same operation order as Python's calc, (log freq − log total) + route, so equal routes compare equal
                // here too. A node that is no word with a frequency has NaN, which never compares ">=": no branch for it.
                ref readonly var unit = ref units[node];
                var candidate = unit.LogFrequency - logTotal + probability[k + 1];
                if (candidate >= best)
                {
                    // Ends grow along the walk, so ">=" keeps the larger end on a tie.
                    best = candidate;
                    bestEnd = k + 1;
                    bestNode = node;
                }

                if (++k == count)
                {
                    break;
                }

                parent = node;
                node = unit.Base + codes[k];
            }

            if (bestNode < 0)
            {
                best = (0.0 - logTotal) + probability[i + 1];
            }

            probability[i] = best;
            routeEnd[i] = bestEnd;
            routeNode[i] = bestNode;
        }
    }
}
