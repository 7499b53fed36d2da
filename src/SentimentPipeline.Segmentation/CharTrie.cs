using System.Numerics;
using System.Runtime.CompilerServices;

namespace SentimentPipeline.Segmentation;

/// <summary>
/// Prefix tree over Unicode scalar values (a lone surrogate counts as one scalar). Children of the root are a
/// dense array for the BMP; deeper edges live in one open-addressing hash table keyed by (node, scalar), so a
/// lookup allocates nothing. Each node also keeps a 64-bit signature of its children's scalars: most steps of a
/// route walk ask for a child that does not exist, and the signature answers those without touching the large,
/// cache-unfriendly hash table (profiling showed the walk dominated by such misses).
/// </summary>
internal sealed class CharTrie
{
    /// <summary>The root node, where every walk starts.</summary>
    public const int Root = 0;
    private const long EmptyKey = -1;

    private readonly int[] _rootChildren = new int[0x10000];
    private Edge[] _edges;
    private int _edgeCount;
    private NodeEntry[] _nodes;
    private int _nodeCount = 1;

    // The path of the last inserted word (nodes never disappear, so it stays valid).
    private int[] _lastScalars = new int[16];
    private int[] _lastNodes = new int[17];
    private int _lastLength;

    public CharTrie(int expectedNodes = 1024)
    {
        var capacity = (int)BitOperations.RoundUpToPowerOf2((uint)Math.Max(16, expectedNodes * 3 / 2));
        _edges = NewEdges(capacity);
        _nodes = new NodeEntry[Math.Max(16, expectedNodes)];
        _nodes.AsSpan().Fill(NodeEntry.Empty);
    }

    /// <summary>Child of <paramref name="node"/> for <paramref name="scalar"/>, or -1.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public int Child(int node, int scalar)
    {
        if (node == Root && scalar < 0x10000)
        {
            var child = _rootChildren[scalar];
            return child == 0 ? -1 : child;
        }

        return (_nodes[node].ChildSignature & SignatureBit(scalar)) == 0 ? -1 : FindEdge(Key(node, scalar));
    }

    /// <summary>Word id stored at <paramref name="node"/>, or -1.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public int WordAt(int node) => _nodes[node].WordId;

    /// <summary>Word id of exactly <paramref name="scalars"/>, or -1.</summary>
    public int Find(ReadOnlySpan<int> scalars)
    {
        var node = Root;
        foreach (var scalar in scalars)
        {
            node = Child(node, scalar);
            if (node < 0)
            {
                return -1;
            }
        }

        return scalars.IsEmpty ? -1 : _nodes[node].WordId;
    }

    /// <summary>
    /// The word id at the node for <paramref name="scalars"/>; when there is none, stores
    /// <paramref name="newWordId"/> there (creating nodes as needed) and returns -1.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public int GetOrInsert(ReadOnlySpan<int> scalars, int newWordId)
    {
        // Dictionaries are sorted, so a word usually shares a prefix with the one before: start below it.
        var shared = 0;
        var limit = Math.Min(scalars.Length, _lastLength);
        while (shared < limit && scalars[shared] == _lastScalars[shared])
        {
            shared++;
        }

        if (scalars.Length >= _lastScalars.Length)
        {
            Array.Resize(ref _lastScalars, scalars.Length * 2);
            Array.Resize(ref _lastNodes, (scalars.Length * 2) + 1);
        }

        var node = _lastNodes[shared];
        for (var i = shared; i < scalars.Length; i++)
        {
            var child = Child(node, scalars[i]);
            if (child < 0)
            {
                child = AddNode();
                AddEdge(node, scalars[i], child);
            }

            node = child;
            _lastScalars[i] = scalars[i];
            _lastNodes[i + 1] = node;
        }

        _lastLength = scalars.Length;
        var existing = _nodes[node].WordId;
        if (existing < 0)
        {
            _nodes[node].WordId = newWordId;
        }

        return existing;
    }

    /// <summary>Removes the word of <paramref name="scalars"/>; returns its id, or -1 when it was absent.</summary>
    public int Remove(ReadOnlySpan<int> scalars)
    {
        var node = Root;
        foreach (var scalar in scalars)
        {
            node = Child(node, scalar);
            if (node < 0)
            {
                return -1;
            }
        }

        var wordId = _nodes[node].WordId;
        if (node != Root)
        {
            _nodes[node].WordId = -1;
        }

        return wordId;
    }

    private int AddNode()
    {
        if (_nodeCount == _nodes.Length)
        {
            var grown = new NodeEntry[_nodes.Length * 2];
            grown.AsSpan(_nodes.Length).Fill(NodeEntry.Empty);
            _nodes.CopyTo(grown, 0);
            _nodes = grown;
        }

        return _nodeCount++;
    }

    private void AddEdge(int node, int scalar, int child)
    {
        if (node == Root && scalar < 0x10000)
        {
            _rootChildren[scalar] = child;
            return;
        }

        // Up to 70% full: lookups of absent children mostly stop at the signature, and a smaller table caches better.
        if ((_edgeCount + 1) * 10L > _edges.Length * 7L)
        {
            Grow();
        }

        Place(Key(node, scalar), child);
        _nodes[node].ChildSignature |= SignatureBit(scalar);
        _edgeCount++;
    }

    private void Grow()
    {
        var old = _edges;
        _edges = NewEdges(old.Length * 2);
        foreach (var edge in old)
        {
            if (edge.Key != EmptyKey)
            {
                Place(edge.Key, edge.Child);
            }
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void Place(long key, int child)
    {
        var mask = _edges.Length - 1;
        var slot = Slot(key, mask);
        while (_edges[slot].Key != EmptyKey)
        {
            slot = (slot + 1) & mask;
        }

        _edges[slot] = new Edge(key, child);
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private int FindEdge(long key)
    {
        var edges = _edges;
        var mask = edges.Length - 1;
        var slot = Slot(key, mask);
        while (true)
        {
            ref readonly var edge = ref edges[slot];
            if (edge.Key == key)
            {
                return edge.Child;
            }

            if (edge.Key == EmptyKey)
            {
                return -1;
            }

            slot = (slot + 1) & mask;
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static ulong SignatureBit(int scalar) => 1UL << (int)(((uint)scalar * 0x9E3779B1u) >> 26);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static long Key(int node, int scalar) => ((long)node << 21) | (uint)scalar;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static int Slot(long key, int mask) => (int)(((ulong)key * 0x9E3779B97F4A7C15UL) >> 32) & mask;

    private static Edge[] NewEdges(int capacity)
    {
        var edges = new Edge[capacity];
        edges.AsSpan().Fill(new Edge(EmptyKey, -1));
        return edges;
    }

    /// <summary>One slot of the edge table: key and child side by side, so a probe touches one cache line.</summary>
    private readonly record struct Edge(long Key, int Child);

    /// <summary>Per-node data read together on every step of a walk.</summary>
    private struct NodeEntry
    {
        public static readonly NodeEntry Empty = new() { WordId = -1 };

        /// <summary>One bit per child scalar hash: a clear bit proves there is no such child.</summary>
        public ulong ChildSignature;

        /// <summary>The word ending at this node, or -1.</summary>
        public int WordId;
    }
}
