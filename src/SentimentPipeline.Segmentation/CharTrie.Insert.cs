using System.Runtime.InteropServices;

namespace SentimentPipeline.Segmentation;

internal sealed partial class CharTrie
{
    /// <summary>
    /// The node of <paramref name="scalars"/> (not empty), creating the path as needed (a new node has no word,
    /// <see cref="WordIdAt"/> -1). Node numbers found before stay valid, except those of the children of a node
    /// whose children had to move to make room (<see cref="Relocate"/>).
    /// </summary>
    public int GetOrAdd(ReadOnlySpan<int> scalars)
    {
        if (scalars.IsEmpty)
        {
            throw new ArgumentException("the empty string is not a word", nameof(scalars));
        }

        var node = Root;
        foreach (var scalar in scalars)
        {
            var code = CodeOf(scalar);
            if (code == 0)
            {
                code = NewCode(scalar);
            }

            var child = Child(node, code);
            node = child >= 0 ? child : AddChild(node, code);
        }

        return node;
    }

    private int NewCode(int scalar)
    {
        var code = RegisterCode(scalar);
        EnsureCells(0);
        return code;
    }

    private int AddChild(int node, int code)
    {
        if (_firstChild[node] == 0)
        {
            SetBase(node, FindBase([code]));
        }
        else if (!IsFree(_units[node].Base + code))
        {
            Relocate(node, code);
        }

        var cell = _units[node].Base + code;
        Claim(cell, node, code);
        return cell;
    }

    /// <summary>
    /// Moves the children of <paramref name="node"/> to a base where <paramref name="newCode"/> fits too (the
    /// double array's only way to add a child whose cell is taken), re-pointing their own children.
    /// </summary>
    private void Relocate(int node, int newCode)
    {
        var oldBase = _units[node].Base;
        var codes = new List<int> { newCode };
        for (var code = _firstChild[node]; code != 0; code = _nextSibling[oldBase + code])
        {
            codes.Add(code);
        }

        var newBase = FindBase(CollectionsMarshal.AsSpan(codes));
        foreach (var code in codes.Skip(1))
        {
            var from = oldBase + code;
            var to = newBase + code;
            _units[to] = _units[from];
            MarkUsed(to);
            _wordIds[to] = _wordIds[from];
            _firstChild[to] = _firstChild[from];
            _nextSibling[to] = _nextSibling[from];
            var childBase = _units[from].Base;
            for (var grandchild = _firstChild[from]; grandchild != 0; grandchild = _nextSibling[childBase + grandchild])
            {
                _units[childBase + grandchild].Check = to;
            }

            Free(from);
        }

        SetBase(node, newBase);
    }
}
