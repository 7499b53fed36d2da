namespace SentimentPipeline.Segmentation;

/// <summary>
/// Python jieba's accurate mode (<c>cut(sentence, HMM=hmm)</c>). The text splits into blocks
/// (<see cref="TextBlocks"/>) and gaps. In a gap each character is a token, except that <c>\r\n</c> stays together
/// (<c>re_skip_default</c>). A block follows its best route; characters the route leaves single are joined: without
/// HMM a run of ASCII letters and digits becomes one token, with HMM a run that is not itself a dictionary word goes
/// through <see cref="HmmCutter"/>.
/// </summary>
internal static class AccurateCutter
{
    public static void Cut<TSink>(PrefixDictionary dictionary, HmmModel model, SegmentationScratch scratch, ReadOnlySpan<char> text, bool hmm, ref TSink sink)
        where TSink : struct, ITokenSink
    {
        scratch.EnsureCapacity(text.Length);
        var pos = 0;
        while (pos < text.Length)
        {
            if (TextBlocks.StartsBlock(text, pos))
            {
                var count = TextBlocks.Read(text, ref pos, dictionary.Trie, scratch);
                CutBlock(dictionary, model, scratch, count, hmm, ref sink);
                continue;
            }

            var length = Scalars.Read(text, pos, out var scalar);
            if (scalar == '\r' && pos + 1 < text.Length && text[pos + 1] == '\n')
            {
                length = 2;
            }

            sink.Emit(pos, pos + length, -1);
            pos += length;
        }
    }

    private static void CutBlock<TSink>(PrefixDictionary dictionary, HmmModel model, SegmentationScratch scratch, int count, bool hmm, ref TSink sink)
        where TSink : struct, ITokenSink
    {
        RouteCalculator.Compute(dictionary, scratch, count);
        var routeEnd = scratch.RouteEnd;
        var scalars = scratch.Scalars;
        var left = -1;
        for (var x = 0; x < count;)
        {
            var y = routeEnd[x];
            if (y - x == 1 && (hmm || Scalars.IsAsciiAlphanumeric(scalars[x])))
            {
                if (left < 0)
                {
                    left = x;
                }
            }
            else
            {
                if (left >= 0)
                {
                    CutRun(dictionary, model, scratch, left, x, hmm, ref sink);
                    left = -1;
                }

                EmitStep(dictionary, scratch, x, y, ref sink);
            }

            x = y;
        }

        if (left >= 0)
        {
            CutRun(dictionary, model, scratch, left, count, hmm, ref sink);
        }
    }

    /// <summary>A run of single-character route steps <c>[from, to)</c>.</summary>
    private static void CutRun<TSink>(PrefixDictionary dictionary, HmmModel model, SegmentationScratch scratch, int from, int to, bool hmm, ref TSink sink)
        where TSink : struct, ITokenSink
    {
        if (to - from == 1)
        {
            EmitStep(dictionary, scratch, from, to, ref sink);
        }
        else if (!hmm)
        {
            sink.Emit(scratch.Offsets[from], scratch.Offsets[to], -1);
        }
        else if (dictionary.Trie.Find(scratch.Scalars.AsSpan(from, to - from)) < 0)
        {
            HmmCutter.Cut(dictionary, model, scratch, from, to, ref sink);
        }
        else
        {
            for (var x = from; x < to; x++)
            {
                EmitStep(dictionary, scratch, x, x + 1, ref sink);
            }
        }
    }

    /// <summary>The route step <c>[x, y)</c>: its word id is looked up only now, for the steps that become tokens.</summary>
    private static void EmitStep<TSink>(PrefixDictionary dictionary, SegmentationScratch scratch, int x, int y, ref TSink sink)
        where TSink : struct, ITokenSink
    {
        var node = scratch.RouteNode[x];
        sink.Emit(scratch.Offsets[x], scratch.Offsets[y], node < 0 ? -1 : dictionary.Trie.WordIdAt(node));
    }
}
