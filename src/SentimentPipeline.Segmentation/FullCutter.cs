namespace SentimentPipeline.Segmentation;

/// <summary>
/// jieba-rs's full mode (<c>cut_all</c>): inside CJK blocks every dictionary word at every position, in position
/// order (a character that starts no word gives no token); outside them runs of <c>[a-zA-Z0-9+#\n]</c> are one
/// token and every other character is a token of its own.
/// </summary>
internal static class FullCutter
{
    public static void Cut<TSink>(PrefixDictionary dictionary, ReadOnlySpan<char> text, ref TSink sink)
        where TSink : struct, ITokenSink
    {
        var pos = 0;
        while (pos < text.Length)
        {
            var length = Scalars.Read(text, pos, out var scalar);
            if (CharClass.IsCjk(scalar))
            {
                pos = CutBlock(dictionary.Trie, text, pos, ref sink);
            }
            else if (CharClass.IsFullModeRun(scalar))
            {
                var end = pos + 1;
                while (end < text.Length && CharClass.IsFullModeRun(text[end]))
                {
                    end++;
                }

                sink.Emit(pos, end, -1);
                pos = end;
            }
            else
            {
                sink.Emit(pos, pos + length, -1);
                pos += length;
            }
        }
    }

    /// <summary>Emits the words of the CJK block starting at <paramref name="start"/>; returns the block end.</summary>
    private static int CutBlock<TSink>(CharTrie trie, ReadOnlySpan<char> text, int start, ref TSink sink)
        where TSink : struct, ITokenSink
    {
        var pos = start;
        while (pos < text.Length)
        {
            var length = Scalars.Read(text, pos, out var scalar);
            if (!CharClass.IsCjk(scalar))
            {
                break;
            }

            ref readonly var entry = ref trie.Start(scalar);
            var end = pos + length;
            while (entry.Exists)
            {
                if (entry.WordId >= 0)
                {
                    sink.Emit(pos, end, entry.WordId);
                }

                if (end == text.Length)
                {
                    break;
                }

                var nextLength = Scalars.Read(text, end, out var next);
                if (!CharClass.IsCjk(next))
                {
                    break;
                }

                entry = ref trie.Next(in entry, next);
                end += nextLength;
            }

            pos += length;
        }

        return pos;
    }
}
