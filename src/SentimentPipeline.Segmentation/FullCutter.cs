namespace SentimentPipeline.Segmentation;

/// <summary>
/// Python jieba's full mode (<c>cut(sentence, cut_all=True)</c>), rule for rule. Blocks are those of accurate
/// mode (<see cref="TextBlocks"/>). In a block, walking the DAG in position order: a position with more than one
/// word gives its words longer than one character; a position with one word gives it unless a word already given
/// reaches over it; runs of single ASCII letters or digits are joined into one token. A gap is split at
/// whitespace (<c>\r\n</c> together): each whitespace character is a token and so is each piece between, the
/// empty ones included (<c>"，  。"</c> gives <c>，| |""| |。</c>), as Python's <c>re.split</c> yields them.
/// </summary>
internal static class FullCutter
{
    public static void Cut<TSink>(PrefixDictionary dictionary, SegmentationScratch scratch, ReadOnlySpan<char> text, ref TSink sink)
        where TSink : struct, ITokenSink
    {
        scratch.EnsureCapacity(text.Length);
        var pos = 0;
        while (pos < text.Length)
        {
            if (TextBlocks.StartsBlock(text, pos))
            {
                var count = TextBlocks.Read(text, ref pos, dictionary.Trie, scratch);
                CutBlock(dictionary.Trie, scratch, count, text, ref sink);
            }
            else
            {
                var end = TextBlocks.GapEnd(text, pos);
                CutGap(text, pos, end, ref sink);
                pos = end;
            }
        }
    }

    /// <summary>Python's <c>__cut_all</c> over the block in <c>scratch[0..count)</c>.</summary>
    private static void CutBlock<TSink>(CharTrie trie, SegmentationScratch scratch, int count, ReadOnlySpan<char> text, ref TSink sink)
        where TSink : struct, ITokenSink
    {
        var scalars = scratch.Scalars;
        var codes = scratch.Codes;
        var offsets = scratch.Offsets;
        var lastEnd = -1;
        var letters = new LetterRun(offsets, text);
        for (var k = 0; k < count; k++)
        {
            if (letters.IsOpen && !Scalars.IsAsciiAlphanumeric(scalars[k]))
            {
                letters.Flush(ref sink);
            }

            var words = CountWords(trie, codes, k, count, out var onlyEnd, out var onlyWord);
            if (words <= 1 && k > lastEnd)
            {
                // The only DAG entry: a word, or the character alone (Python's fallback when no word starts here).
                if (Scalars.IsAsciiAlphanumeric(scalars[k]))
                {
                    letters.Append(k, onlyEnd);
                }
                else
                {
                    sink.Emit(offsets[k], offsets[onlyEnd], onlyWord);
                }

                lastEnd = onlyEnd - 1;
            }
            else if (words > 0)
            {
                lastEnd = EmitLongerWords(trie, scratch, k, count, lastEnd, ref sink);
            }
        }

        if (letters.IsOpen)
        {
            letters.Flush(ref sink);
        }
    }

    /// <summary>
    /// How many dictionary words start at <paramref name="k"/> (Python's DAG entry, without the fallback); when at
    /// most one, the end of the only entry (<c>k + 1</c> when there is no word) and its word id.
    /// </summary>
    private static int CountWords(CharTrie trie, int[] codes, int k, int count, out int onlyEnd, out int onlyWord)
    {
        onlyEnd = k + 1;
        onlyWord = -1;
        var words = 0;
        var node = trie.Child(CharTrie.Root, codes[k]);
        for (var i = k; node >= 0;)
        {
            var wordId = trie.WordIdAt(node);
            if (wordId >= 0 && ++words == 1)
            {
                onlyEnd = i + 1;
                onlyWord = wordId;
            }

            if (++i == count)
            {
                break;
            }

            node = trie.Child(node, codes[i]);
        }

        return words;
    }

    /// <summary>Emits the words longer than one character that start at <paramref name="k"/>; returns the new last end (inclusive).</summary>
    private static int EmitLongerWords<TSink>(CharTrie trie, SegmentationScratch scratch, int k, int count, int lastEnd, ref TSink sink)
        where TSink : struct, ITokenSink
    {
        var codes = scratch.Codes;
        var offsets = scratch.Offsets;
        var node = trie.Child(CharTrie.Root, codes[k]);
        for (var i = k; node >= 0;)
        {
            var wordId = trie.WordIdAt(node);
            if (wordId >= 0 && i > k)
            {
                sink.Emit(offsets[k], offsets[i + 1], wordId);
                lastEnd = i;
            }

            if (++i == count)
            {
                break;
            }

            node = trie.Child(node, codes[i]);
        }

        return lastEnd;
    }

    /// <summary>Python's <c>re_skip_default.split(gap)</c> in full mode: every piece and every separator is a token.</summary>
    private static void CutGap<TSink>(ReadOnlySpan<char> text, int start, int end, ref TSink sink)
        where TSink : struct, ITokenSink
    {
        var piece = start;
        var pos = start;
        while (pos < end)
        {
            var length = Scalars.Read(text, pos, out var scalar);
            if (scalar == '\r' && pos + 1 < end && text[pos + 1] == '\n')
            {
                length = 2;
            }
            else if (!CharClass.IsPythonWhitespace(scalar))
            {
                pos += length;
                continue;
            }

            sink.Emit(piece, pos, -1);
            sink.Emit(pos, pos + length, -1);
            pos += length;
            piece = pos;
        }

        sink.Emit(piece, end, -1);
    }
}
