namespace SentimentPipeline.Segmentation;

/// <summary>
/// One cell of the double-array trie: the node stored here (if any), its parent and where its children are.
/// 16 bytes, so four share a cache line and each step of a route walk reads one cell; the node's word id, which
/// only the emitted tokens need, is kept apart (<see cref="CharTrie.WordIdAt"/>).
/// </summary>
internal struct TrieUnit
{
    /// <summary>The parent node (a cell index) of the node in this cell; <see cref="CharTrie.FreeCell"/> when the cell is free.</summary>
    public int Check;

    /// <summary>Where the children start: the child by character code <c>c</c> is in cell <c>Base + c</c>.</summary>
    public int Base;

    /// <summary>
    /// Natural log of the frequency of the word ending at this node, cached for the route calculation; NaN when the
    /// node ends no word with a frequency above 0, so that the route's "is it better" comparison also rejects it.
    /// </summary>
    public double LogFrequency;
}
