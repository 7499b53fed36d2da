using System.Runtime.CompilerServices;

namespace SentimentPipeline.Segmentation;

/// <summary>
/// Python jieba's first split, <c>re_han_default.split(sentence)</c>: maximal runs of block characters
/// (<see cref="CharClass.IsDefaultBlock"/>), which the cutters segment, and the gaps between them.
/// </summary>
/// <remarks>
/// Every block character is in the BMP and no surrogate, so a UTF-16 unit is a block character exactly when the
/// scalar starting at it is: blocks are scanned unit by unit, without decoding surrogate pairs, and a block's
/// scalars are its units.
/// </remarks>
internal static class TextBlocks
{
    /// <summary>Whether the scalar at <paramref name="pos"/> starts a block.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool StartsBlock(ReadOnlySpan<char> text, int pos) => CharClass.IsDefaultBlock(text[pos]);

    /// <summary>
    /// Copies the block starting at <paramref name="pos"/> into <c>scratch.Scalars</c>, <c>scratch.Codes</c> (by
    /// <paramref name="trie"/>) and <c>scratch.Offsets</c> (one more offset: the block end), moves
    /// <paramref name="pos"/> past it, and returns its scalar count.
    /// </summary>
    public static int Read(ReadOnlySpan<char> text, ref int pos, CharTrie trie, SegmentationScratch scratch)
    {
        var scalars = scratch.Scalars;
        var codes = scratch.Codes;
        var offsets = scratch.Offsets;
        var start = pos;
        var end = start;
        while (end < text.Length && CharClass.IsDefaultBlock(text[end]))
        {
            end++;
        }

        var count = end - start;
        var block = text.Slice(start, count);
        for (var k = 0; k < block.Length; k++)
        {
            scalars[k] = block[k];
            codes[k] = trie.CodeOf(block[k]);
            offsets[k] = start + k;
        }

        offsets[count] = end;
        pos = end;
        return count;
    }

    /// <summary>The end of the gap (run of non-block characters) starting at <paramref name="pos"/>.</summary>
    public static int GapEnd(ReadOnlySpan<char> text, int pos)
    {
        while (pos < text.Length && !CharClass.IsDefaultBlock(text[pos]))
        {
            pos++;
        }

        return pos;
    }
}
