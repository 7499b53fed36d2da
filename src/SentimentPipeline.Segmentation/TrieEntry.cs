namespace SentimentPipeline.Segmentation;

/// <summary>
/// Everything a walk needs about one trie node, stored in the slot of the edge that leads to it (or in the root
/// table for first characters in the BMP): one 32-byte entry, so each step of a route walk reads one cache line.
/// </summary>
internal struct TrieEntry
{
    /// <summary>Edge key <c>(parent node &lt;&lt; 21) | scalar</c>; <see cref="CharTrie.EmptyKey"/> in free slots (unused in the root table).</summary>
    public long Key;

    /// <summary>One bit per child scalar hash of <see cref="Node"/>: a clear bit proves there is no such child.</summary>
    public ulong ChildSignature;

    /// <summary>
    /// Natural log of the frequency of <see cref="WordId"/>, cached here for the route calculation; NaN when the node
    /// ends no word with a frequency above 0, so that the route's "is it better" comparison also rejects it.
    /// </summary>
    public double LogFrequency;

    /// <summary>The node this entry leads to; 0 (the root, which no edge leads to) when there is none.</summary>
    public int Node;

    /// <summary>The word ending at <see cref="Node"/>, or -1.</summary>
    public int WordId;

    /// <summary>Whether the entry leads to a node.</summary>
    public readonly bool Exists => Node != 0;
}
