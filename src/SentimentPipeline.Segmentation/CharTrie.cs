using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics.X86;

namespace SentimentPipeline.Segmentation;

/// <summary>
/// Prefix tree over Unicode scalar values (a lone surrogate counts as one scalar), as a double array: every node is
/// a 16-byte cell (<see cref="TrieUnit"/>), and the child of node <c>n</c> by a character with code <c>c</c> is cell
/// <c>Units[n].Base + c</c> when that cell's <see cref="TrieUnit.Check"/> is <c>n</c>. A step is one load.
/// </summary>
/// <remarks>
/// Characters get codes by how often they occur in the dictionary (weighted by word frequency), most frequent
/// first, so the children of a node that text actually reaches lie close together after its base, and the hot
/// part of the trie fills few cache lines. Profiling showed the route walk was over half of segmentation time,
/// spent waiting on memory: the hash-table trie this replaced spread its hot edges over a 32 MB table (with a Bloom
/// filter and per-node signatures before each probe); the 16-byte cells take about 15 MB and made segmentation
/// about 25% faster, with and without HMM.
/// Invariant: every <c>Base + code</c> is inside <see cref="Units"/> (for any base in use and any code, 0 included,
/// which no character has, so it finds no child), so walks need no range test of their own.
/// </remarks>
internal sealed partial class CharTrie
{
    /// <summary>The root's cell.</summary>
    public const int Root = 0;

    /// <summary><see cref="TrieUnit.Check"/> of a free cell (real parents are cell indices, never negative).</summary>
    public const int FreeCell = -1;

    /// <summary><see cref="TrieUnit.Check"/> of the root's own cell: no parent, and never a match.</summary>
    private const int RootCheck = int.MaxValue;

    /// <summary>Nodes with at most this many children fill the holes any free cell fits (see <see cref="FindBase"/>).</summary>
    private const int NarrowChildren = 2;

    /// <summary>A wider node's search skips a run of 64 cells with no more free cells than this (Darts skips 95% full stretches).</summary>
    private const int CrowdedFreeCells = 3;

    /// <summary>Codes of BMP scalars (0: the character is in no word); other scalars are in <see cref="_otherCodes"/>.</summary>
    private readonly int[] _bmpCodes = new int[0x10000];
    private readonly Dictionary<int, int> _otherCodes = [];

    private TrieUnit[] _units = [];

    // Cold per-cell data: the word id, and the node's children as a list of codes (first child, next sibling;
    // 0 ends it), which only relocation during an insertion walks.
    private int[] _wordIds = [];
    private int[] _firstChild = [];
    private int[] _nextSibling = [];

    /// <summary>One bit per cell, set when it is free, so that <see cref="FindBase"/> tests 64 bases at once.</summary>
    private ulong[] _freeBits = [];

    private int _codeCount;
    private int _maxBase;

    /// <summary>
    /// Where <see cref="FindBase"/> starts looking, per width class (0: at most <see cref="NarrowChildren"/>
    /// children, else log2 of the child count): the cells below are in use or too crowded for such a node.
    /// </summary>
    private readonly int[] _searchFrom = new int[32];

    /// <summary>The cells; read-only for callers (walks read them directly).</summary>
    public TrieUnit[] Units => _units;

    /// <summary>The code of <paramref name="scalar"/>: 0 when it occurs in no word, so no step by it finds a child.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public int CodeOf(int scalar) => (uint)scalar < 0x10000 ? _bmpCodes[scalar] : _otherCodes.GetValueOrDefault(scalar);

    /// <summary>The child of <paramref name="node"/> by <paramref name="code"/>, or -1.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public int Child(int node, int code)
    {
        var child = _units[node].Base + code;
        return _units[child].Check == node ? child : -1;
    }

    /// <summary>The word id stored at <paramref name="node"/>: -1 for none, below -1 for a word with frequency 0 (see <see cref="PrefixDictionary"/>).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public int WordIdAt(int node) => _wordIds[node];

    /// <summary>Stores the word of <paramref name="node"/> and the log of its frequency (NaN: none to cut).</summary>
    public void SetWord(int node, int wordId, double logFrequency)
    {
        _wordIds[node] = wordId;
        _units[node].LogFrequency = logFrequency;
    }

    /// <summary>
    /// Starts loading the cell of the child of the first character's node by the second one, without waiting for it
    /// and whether or not either exists.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public unsafe void Prefetch(int firstCode, int secondCode)
    {
        if (Sse.IsSupported)
        {
            var units = _units;
            Sse.Prefetch0(Unsafe.AsPointer(ref units[units[units[Root].Base + firstCode].Base + secondCode]));
        }
    }

    /// <summary>The node of exactly <paramref name="scalars"/> (not empty), or -1.</summary>
    public int FindNode(ReadOnlySpan<int> scalars)
    {
        var node = Root;
        for (var i = 0; i < scalars.Length && node >= 0; i++)
        {
            node = Child(node, CodeOf(scalars[i]));
        }

        return node;
    }

    /// <summary>Word id of exactly <paramref name="scalars"/>, or -1.</summary>
    public int Find(ReadOnlySpan<int> scalars)
    {
        if (scalars.IsEmpty)
        {
            return -1;
        }

        var node = FindNode(scalars);
        return node < 0 ? -1 : _wordIds[node];
    }

    /// <summary>Whether <paramref name="scalars"/> (not empty) is a path of the trie: a word or a prefix of one.</summary>
    public bool IsPrefix(ReadOnlySpan<int> scalars) => FindNode(scalars) >= 0;

    /// <summary>Whether no node is in <paramref name="cell"/>.</summary>
    private bool IsFree(int cell) => _units[cell].Check == FreeCell;

    /// <summary>Grows the arrays so that cell <paramref name="cell"/> and every cell a base in use can reach exist.</summary>
    private void EnsureCells(int cell)
    {
        var needed = Math.Max(cell, _maxBase + _codeCount) + 1;
        if (needed <= _units.Length)
        {
            return;
        }

        Resize(Math.Max(needed, _units.Length + (_units.Length / 2)));
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void Resize(int length)
    {
        var old = _units.Length;
        Array.Resize(ref _units, length);
        Array.Resize(ref _wordIds, length);
        Array.Resize(ref _firstChild, length);
        Array.Resize(ref _nextSibling, length);

        // Two spare words: a 64-cell window starting at any cell stays inside.
        Array.Resize(ref _freeBits, (length >> 6) + 2);
        for (var cell = old; cell < length; cell++)
        {
            Free(cell);
        }
    }

    /// <summary>Gives <paramref name="scalar"/> the next code (its first one: the caller checked it has none).</summary>
    private int RegisterCode(int scalar)
    {
        var code = ++_codeCount;
        if (scalar < 0x10000)
        {
            _bmpCodes[scalar] = code;
        }
        else
        {
            _otherCodes[scalar] = code;
        }

        return code;
    }

    /// <summary>Empties <paramref name="cell"/>: no node, no word, no children.</summary>
    private void Free(int cell)
    {
        _units[cell] = new TrieUnit { Check = FreeCell, LogFrequency = double.NaN };
        _wordIds[cell] = -1;
        _firstChild[cell] = 0;
        _nextSibling[cell] = 0;
        MarkFree(cell);
    }

    private void MarkFree(int cell) => _freeBits[cell >> 6] |= 1UL << cell;

    private void MarkUsed(int cell) => _freeBits[cell >> 6] &= ~(1UL << cell);

    /// <summary>Bit <c>i</c> set when cell <c>first + i</c> is free.</summary>
    private ulong FreeWindow(int first)
    {
        var low = _freeBits[first >> 6] >> first;
        return (first & 63) == 0 ? low : low | (_freeBits[(first >> 6) + 1] << (64 - (first & 63)));
    }

    /// <summary>Makes <paramref name="cell"/> (free) the child of <paramref name="parent"/> by <paramref name="code"/>: no word, no children yet.</summary>
    private void Claim(int cell, int parent, int code)
    {
        _units[cell] = new TrieUnit { Check = parent, LogFrequency = double.NaN };
        MarkUsed(cell);
        _wordIds[cell] = -1;
        _firstChild[cell] = 0;
        _nextSibling[cell] = _firstChild[parent];
        _firstChild[parent] = code;
    }

    private void SetBase(int node, int value)
    {
        _units[node].Base = value;
        _maxBase = Math.Max(_maxBase, value);
        EnsureCells(0);
    }

    /// <summary>
    /// A base at which every one of <paramref name="codes"/> lands on a free cell, growing the arrays when none is
    /// free below their end; candidates are tested 64 at a time on the free-cell bits. With 20,000 characters in the
    /// alphabet a first character's children spread over the whole code range and fit only where few cells are
    /// taken, so every width class starts where its last node fitted (the cells before only fill up), and nodes
    /// with one or two children fill the holes behind from a start of their own. Testing every candidate from the
    /// lowest free cell took over 10 s for jieba's dictionary, 64 at a time still 0.8 s.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private int FindBase(ReadOnlySpan<int> codes)
    {
        var lowest = int.MaxValue;
        var highest = 0;
        foreach (var code in codes)
        {
            lowest = Math.Min(lowest, code);
            highest = Math.Max(highest, code);
        }

        // Nodes of about the same width fit where the last one did, or later: the cells before only fill up.
        var widthClass = codes.Length <= NarrowChildren ? 0 : BitOperations.Log2((uint)codes.Length);
        ref var searchFrom = ref _searchFrom[widthClass];
        var crowded = codes.Length <= NarrowChildren ? 0 : CrowdedFreeCells;
        while (searchFrom + 64 <= _units.Length && BitOperations.PopCount(FreeWindow(searchFrom)) <= crowded)
        {
            searchFrom += 64;
        }

        for (var first = Math.Max(searchFrom - lowest, 0); ; first += 64)
        {
            EnsureCells(first + 63 + highest);
            var fits = ~0UL;
            foreach (var code in codes)
            {
                fits &= FreeWindow(first + code);
                if (fits == 0)
                {
                    break;
                }
            }

            if (fits != 0)
            {
                var found = first + BitOperations.TrailingZeroCount(fits);
                if (widthClass > 0)
                {
                    searchFrom = found + lowest;
                }

                return found;
            }
        }
    }
}
