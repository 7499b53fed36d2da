namespace SentimentPipeline.Segmentation;

/// <summary>
/// Python jieba's first split, <c>re_han_default.split(sentence)</c>: maximal runs of block characters
/// (<see cref="CharClass.IsDefaultBlock"/>), which the cutters segment, and the gaps between them.
/// </summary>
internal static class TextBlocks
{
    /// <summary>Whether the scalar at <paramref name="pos"/> starts a block.</summary>
    public static bool StartsBlock(ReadOnlySpan<char> text, int pos)
    {
        Scalars.Read(text, pos, out var scalar);
        return CharClass.IsDefaultBlock(scalar);
    }

    /// <summary>
    /// Decodes the block starting at <paramref name="pos"/> into <c>scratch.Scalars</c> and <c>scratch.Offsets</c>
    /// (one more offset: the block end), moves <paramref name="pos"/> past it, and returns its scalar count.
    /// </summary>
    public static int Read(ReadOnlySpan<char> text, ref int pos, SegmentationScratch scratch)
    {
        var scalars = scratch.Scalars;
        var offsets = scratch.Offsets;
        var count = 0;
        while (pos < text.Length)
        {
            var length = Scalars.Read(text, pos, out var scalar);
            if (!CharClass.IsDefaultBlock(scalar))
            {
                break;
            }

            scalars[count] = scalar;
            offsets[count++] = pos;
            pos += length;
        }

        offsets[count] = pos;
        return count;
    }

    /// <summary>The end of the gap (run of non-block characters) starting at <paramref name="pos"/>.</summary>
    public static int GapEnd(ReadOnlySpan<char> text, int pos)
    {
        while (pos < text.Length && !StartsBlock(text, pos))
        {
            pos += Scalars.Read(text, pos, out _);
        }

        return pos;
    }
}
