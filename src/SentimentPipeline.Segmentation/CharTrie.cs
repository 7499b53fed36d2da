using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics.X86;

namespace SentimentPipeline.Segmentation;

/// <summary>
/// Prefix tree over Unicode scalar values (a lone surrogate counts as one scalar). First characters in the BMP
/// index a dense root table; every other edge lives in one open-addressing hash table keyed by (node, scalar).
/// The data of a node (its word, that word's log frequency, a signature of its children) is kept in the entry
/// of the edge that leads to it, so each step of a walk reads one 32-byte entry, and a step to a child that does
/// not exist — most steps of a route walk — usually stops at the signature without probing the table. Characters
/// that start hundreds of words fill their signature, so a step from a first character asks an
/// <see cref="EdgeFilter"/> instead (<see cref="Second"/>).
/// Profiling showed the route walk was two thirds of segmentation time, spent waiting on memory.
/// </summary>
internal sealed class CharTrie
{
    /// <summary>Key of a free slot (real keys are non-negative).</summary>
    public const long EmptyKey = -1;

    private const int RootNode = 0;
    private static readonly TrieEntry Missing = new() { Key = EmptyKey, WordId = -1 };

    private readonly TrieEntry[] _rootTable = NewEntries(0x10000);
    private readonly EdgeFilter _secondLevel = new();
    private TrieEntry[] _edges;
    private ulong _rootSignature;
    private int _edgeCount;
    private int _nodeCount = 1;

    // The path of the last inserted word (scalars, nodes, entry locations): dictionaries are sorted, so the next
    // word usually shares a prefix and its walk resumes below it. Locations are reset when the table grows.
    private int[] _lastScalars = new int[16];
    private int[] _lastNodes = new int[17];
    private int[] _lastLocations = new int[16];
    private int _lastLength;

    public CharTrie(int expectedNodes = 1024)
    {
        _edges = NewEntries((int)BitOperations.RoundUpToPowerOf2((uint)Math.Max(16, expectedNodes * 3 / 2)));
    }

    /// <summary>The entry for the one-character prefix <paramref name="scalar"/> (not <see cref="TrieEntry.Exists"/> when absent).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public ref readonly TrieEntry Start(int scalar)
    {
        if (scalar < 0x10000)
        {
            return ref _rootTable[scalar];
        }

        return ref (_rootSignature & SignatureBit(scalar)) == 0 ? ref Missing : ref Probe(Key(RootNode, scalar));
    }

    /// <summary>The entry one character below <paramref name="from"/> (not <see cref="TrieEntry.Exists"/> when absent).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public ref readonly TrieEntry Next(in TrieEntry from, int scalar) =>
        ref (from.ChildSignature & SignatureBit(scalar)) == 0 ? ref Missing : ref Probe(Key(from.Node, scalar));

    /// <summary>
    /// <see cref="Next"/> for a step from a one-character prefix (an entry from <see cref="Start"/>): the same
    /// answer, with most absent edges rejected by the cached <see cref="EdgeFilter"/> instead of a table probe.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public ref readonly TrieEntry Second(in TrieEntry first, int scalar)
    {
        var key = Key(first.Node, scalar);
        return ref _secondLevel.MayContain(key) ? ref Probe(key) : ref Missing;
    }

    /// <summary>
    /// Starts loading the slot where the edge from <paramref name="from"/> by <paramref name="scalar"/> would begin
    /// its probe, without waiting for it and whether or not the edge exists.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public unsafe void Prefetch(in TrieEntry from, int scalar)
    {
        if (Sse.IsSupported)
        {
            var edges = _edges;
            Sse.Prefetch0(Unsafe.AsPointer(ref edges[Slot(Key(from.Node, scalar), edges.Length - 1)]));
        }
    }

    /// <summary>Word id of exactly <paramref name="scalars"/>, or -1.</summary>
    public int Find(ReadOnlySpan<int> scalars)
    {
        if (scalars.IsEmpty)
        {
            return -1;
        }

        ref readonly var entry = ref Start(scalars[0]);
        for (var i = 1; i < scalars.Length && entry.Exists; i++)
        {
            entry = ref Next(in entry, scalars[i]);
        }

        return entry.WordId;
    }

    /// <summary>
    /// The entry for <paramref name="scalars"/> (not empty), creating the path as needed; its
    /// <see cref="TrieEntry.WordId"/> is -1 for a new word. The reference is valid until the next insertion.
    /// </summary>
    public ref TrieEntry GetOrAdd(ReadOnlySpan<int> scalars)
    {
        if (scalars.IsEmpty)
        {
            throw new ArgumentException("the empty string is not a word", nameof(scalars));
        }

        // Grow first, so that no slot moves while the path is being extended.
        while ((_edgeCount + scalars.Length) * 10L > _edges.Length * 7L)
        {
            Grow();
        }

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
            Array.Resize(ref _lastLocations, scalars.Length * 2);
        }

        // A word equal to or a prefix of the previous one still needs its own entry, so walk at least one step.
        shared = Math.Min(shared, scalars.Length - 1);
        ref var entry = ref shared == 0 ? ref Unsafe.NullRef<TrieEntry>() : ref EntryAt(_lastLocations[shared - 1]);
        for (var i = shared; i < scalars.Length; i++)
        {
            ref var parentSignature = ref i == 0 ? ref _rootSignature : ref entry.ChildSignature;
            var location = LocationFor(_lastNodes[i], scalars[i]);
            entry = ref EntryAt(location);
            if (!entry.Exists)
            {
                AddChild(ref entry, location, _lastNodes[i], scalars[i]);
                parentSignature |= SignatureBit(scalars[i]);
                if (i == 1)
                {
                    _secondLevel.Add(Key(_lastNodes[1], scalars[1]));
                }
            }

            _lastScalars[i] = scalars[i];
            _lastNodes[i + 1] = entry.Node;
            _lastLocations[i] = location;
        }

        _lastLength = scalars.Length;
        return ref entry;
    }

    /// <summary>Whether <paramref name="scalars"/> (not empty) is a path of the trie: a word or a prefix of one.</summary>
    public bool IsPrefix(ReadOnlySpan<int> scalars)
    {
        ref readonly var entry = ref Start(scalars[0]);
        for (var i = 1; i < scalars.Length && entry.Exists; i++)
        {
            entry = ref Next(in entry, scalars[i]);
        }

        return entry.Exists;
    }

    private void AddChild(ref TrieEntry entry, int location, int node, int scalar)
    {
        entry.Key = location < 0 ? EmptyKey : Key(node, scalar);
        entry.Node = _nodeCount++;
        entry.WordId = -1;
        entry.LogFrequency = double.NaN;
        if (location >= 0)
        {
            _edgeCount++;
        }
    }

    /// <summary>Where the edge (node, scalar) is or would be stored: a root-table index as <c>-(scalar + 1)</c>, else a slot.</summary>
    private int LocationFor(int node, int scalar) =>
        node == RootNode && scalar < 0x10000 ? -(scalar + 1) : FindSlot(Key(node, scalar));

    private ref TrieEntry EntryAt(int location) =>
        ref location < 0 ? ref _rootTable[-(location + 1)] : ref _edges[location];

    private void Grow()
    {
        var old = _edges;
        _edges = NewEntries(old.Length * 2);
        foreach (var entry in old)
        {
            if (entry.Key != EmptyKey)
            {
                _edges[FindSlot(entry.Key)] = entry;
            }
        }

        // Slots moved: the cached path keeps its nodes but not its locations.
        _lastLength = 0;
    }

    /// <summary>The slot holding <paramref name="key"/>, or the free slot where it belongs.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private int FindSlot(long key)
    {
        var mask = _edges.Length - 1;
        var slot = Slot(key, mask);
        while (_edges[slot].Key != key && _edges[slot].Key != EmptyKey)
        {
            slot = (slot + 1) & mask;
        }

        return slot;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private ref readonly TrieEntry Probe(long key)
    {
        var edges = _edges;
        var mask = edges.Length - 1;
        var slot = Slot(key, mask);
        while (true)
        {
            ref readonly var entry = ref edges[slot];
            if (entry.Key == key)
            {
                return ref entry;
            }

            if (entry.Key == EmptyKey)
            {
                return ref Missing;
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

    private static TrieEntry[] NewEntries(int capacity)
    {
        var entries = new TrieEntry[capacity];
        entries.AsSpan().Fill(Missing);
        return entries;
    }
}
