using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace SentimentPipeline.Segmentation;

internal sealed partial class CharTrie
{
    /// <summary>
    /// The trie of a whole dictionary, built at once: word <c>w</c> is <c>scalars[starts[w]..starts[w + 1]]</c> (not
    /// empty; repeats allowed) with weight <paramref name="weights"/>[w] (its frequency). On return
    /// <paramref name="nodeOfWord"/>[w] is the node where word <c>w</c> ends; no node has a word yet.
    /// </summary>
    /// <remarks>
    /// Words are grouped by prefix so that each node's children are known together and placed once, breadth
    /// first from the root: the nodes of short, frequent prefixes, which text reaches most, come first and close
    /// together. Inserting word by word instead would move crowded nodes again and again. The build runs once per
    /// dictionary, so its methods are compiled fully optimized at once (tiered compilation would run them unoptimized).
    /// </remarks>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static CharTrie Build(int[] scalars, int[] starts, ReadOnlySpan<long> weights, Span<int> nodeOfWord)
    {
        var trie = new CharTrie();
        trie.AssignCodes(scalars, starts, weights);
        var codes = new int[scalars.Length];
        for (var i = 0; i < codes.Length; i++)
        {
            codes[i] = trie.CodeOf(scalars[i]);
        }

        var wordCount = starts.Length - 1;
        var order = OrderByCodes(codes, scalars, starts, wordCount);

        // jieba's dictionary ends with about 2.7 cells per word: sized once, so the arrays do not grow while placing.
        trie.Resize(Math.Max(wordCount * 11 / 4, 16) + trie._codeCount + 1);
        trie._units[Root] = new TrieUnit { Check = RootCheck, LogFrequency = double.NaN };
        trie.MarkUsed(Root);
        trie._searchFrom.AsSpan().Fill(1);
        trie.PlaceBreadthFirst(codes, starts, order, nodeOfWord);
        trie.Resize(trie.UsedExtent());
        return trie;
    }

    /// <summary>Codes 1, 2, … by descending total weight (ties by scalar, so the build is deterministic).</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void AssignCodes(ReadOnlySpan<int> scalars, ReadOnlySpan<int> starts, ReadOnlySpan<long> weights)
    {
        var bmpWeights = new long[0x10000];
        var otherWeights = new Dictionary<int, long>();
        for (var w = 0; w + 1 < starts.Length; w++)
        {
            // +1, so that a character seen only in words of frequency 0 still gets a code.
            var weight = weights[w] + 1;
            foreach (var scalar in scalars[starts[w]..starts[w + 1]])
            {
                if (scalar < 0x10000)
                {
                    bmpWeights[scalar] += weight;
                }
                else
                {
                    otherWeights[scalar] = otherWeights.GetValueOrDefault(scalar) + weight;
                }
            }
        }

        var seen = new List<(long Weight, int Scalar)>();
        for (var scalar = 0; scalar < bmpWeights.Length; scalar++)
        {
            if (bmpWeights[scalar] > 0)
            {
                seen.Add((bmpWeights[scalar], scalar));
            }
        }

        foreach (var (scalar, weight) in otherWeights)
        {
            seen.Add((weight, scalar));
        }

        seen.Sort(static (a, b) => a.Weight != b.Weight ? b.Weight.CompareTo(a.Weight) : a.Scalar.CompareTo(b.Scalar));
        foreach (var (_, scalar) in seen)
        {
            RegisterCode(scalar);
        }
    }

    /// <summary>
    /// Word indices grouped so that words sharing a prefix are adjacent: bucketed by first code, each bucket sorted by
    /// its scalars. Dictionaries are usually sorted by scalar already, so an insertion sort finishes each bucket in
    /// one pass; a bucket that needs many moves is handed to <see cref="Array.Sort(Array, int, int)"/> instead.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static int[] OrderByCodes(int[] codes, int[] scalars, int[] starts, int wordCount)
    {
        var bucketStarts = new int[codes.Length == 0 ? 1 : codes.Max() + 2];
        for (var w = 0; w < wordCount; w++)
        {
            bucketStarts[codes[starts[w]] + 1]++;
        }

        for (var b = 1; b < bucketStarts.Length; b++)
        {
            bucketStarts[b] += bucketStarts[b - 1];
        }

        var order = new int[wordCount];
        var next = (int[])bucketStarts.Clone();
        for (var w = 0; w < wordCount; w++)
        {
            order[next[codes[starts[w]]]++] = w;
        }

        var comparer = new ScalarSequenceComparer(scalars, starts);
        for (var b = 0; b + 1 < bucketStarts.Length; b++)
        {
            var from = bucketStarts[b];
            var length = bucketStarts[b + 1] - from;
            if (length > 1 && !InsertionSort(order.AsSpan(from, length), comparer, maxMoves: 8 * length))
            {
                Array.Sort(order, from, length, comparer);
            }
        }

        return order;
    }

    /// <summary>Sorts <paramref name="items"/> in place; false (leaving them unsorted) after <paramref name="maxMoves"/> moves.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static bool InsertionSort(Span<int> items, ScalarSequenceComparer comparer, int maxMoves)
    {
        for (var i = 1; i < items.Length; i++)
        {
            var item = items[i];
            var j = i;
            for (; j > 0 && comparer.Compare(items[j - 1], item) > 0; j--)
            {
                if (--maxMoves < 0)
                {
                    return false;
                }

                items[j] = items[j - 1];
            }

            items[j] = item;
        }

        return true;
    }

    /// <summary>
    /// Places every node below the root, level by level: a node's words are the range of <paramref name="order"/>
    /// that shares its path, and its children are that range's distinct codes at the next depth.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void PlaceBreadthFirst(int[] codes, ReadOnlySpan<int> starts, int[] order, Span<int> nodeOfWord)
    {
        // About 1.4 nodes per word in jieba's dictionary.
        var queue = new List<(int Node, int From, int To, int Depth)>(order.Length * 2) { (Root, 0, order.Length, 0) };
        var childCodes = new List<int>();
        var childFrom = new List<int>();
        for (var head = 0; head < queue.Count; head++)
        {
            var (node, from, to, depth) = queue[head];
            while (from < to && starts[order[from] + 1] - starts[order[from]] == depth)
            {
                nodeOfWord[order[from++]] = node;
            }

            if (from == to)
            {
                continue;
            }

            childCodes.Clear();
            childFrom.Clear();
            for (var i = from; i < to; i++)
            {
                var code = codes[starts[order[i]] + depth];
                if (childCodes.Count == 0 || childCodes[^1] != code)
                {
                    childCodes.Add(code);
                    childFrom.Add(i);
                }
            }

            childFrom.Add(to);

            // The root's children are the cells of their codes: the most frequent first characters at the front.
            var bottom = node == Root ? 0 : FindBase(CollectionsMarshal.AsSpan(childCodes));
            SetBase(node, bottom);
            for (var c = 0; c < childCodes.Count; c++)
            {
                var cell = bottom + childCodes[c];
                Claim(cell, node, childCodes[c]);
                queue.Add((cell, childFrom[c], childFrom[c + 1], depth + 1));
            }
        }
    }

    /// <summary>The number of cells needed: past the last node and past every cell a base in use can reach.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private int UsedExtent()
    {
        var last = _units.Length - 1;
        while (last > 0 && IsFree(last))
        {
            last--;
        }

        return Math.Max(last, _maxBase + _codeCount) + 1;
    }

    /// <summary>Orders words by their scalars, shorter first on a common prefix.</summary>
    private sealed class ScalarSequenceComparer(int[] scalars, int[] starts) : IComparer<int>
    {
        public int Compare(int x, int y) =>
            scalars.AsSpan(starts[x], starts[x + 1] - starts[x]).SequenceCompareTo(scalars.AsSpan(starts[y], starts[y + 1] - starts[y]));
    }
}
