namespace SentimentPipeline.Segmentation;

/// <summary>
/// Python jieba's <c>finalseg.cut</c> of a run of characters the route left single: runs in the HMM Han range are
/// tagged by <see cref="Viterbi"/> (a resulting word that was deleted or given frequency 0 is split into its
/// characters, finalseg's <c>Force_Split_Words</c>); everything else is split by finalseg's <c>re_skip</c>.
/// </summary>
internal static class HmmCutter
{
    public static void Cut<TSink>(PrefixDictionary dictionary, HmmModel model, SegmentationScratch scratch, int from, int to, ref TSink sink)
        where TSink : struct, ITokenSink
    {
        var scalars = scratch.Scalars;
        var k = from;
        while (k < to)
        {
            var han = CharClass.IsHmmHan(scalars[k]);
            var j = k + 1;
            while (j < to && CharClass.IsHmmHan(scalars[j]) == han)
            {
                j++;
            }

            if (!han)
            {
                CutSkip(scratch, k, j, ref sink);
            }
            else if (j - k == 1)
            {
                Emit(scratch, k, j, ref sink);
            }
            else
            {
                CutTagged(dictionary, model, scratch, k, j, ref sink);
            }

            k = j;
        }
    }

    private static void CutTagged<TSink>(PrefixDictionary dictionary, HmmModel model, SegmentationScratch scratch, int from, int to, ref TSink sink)
        where TSink : struct, ITokenSink
    {
        Viterbi.Decode(model, scratch, from, to);
        var path = scratch.Path;
        var length = to - from;
        var begin = 0;
        var next = 0;
        for (var i = 0; i < length; i++)
        {
            switch (path[i])
            {
                case HmmState.Begin:
                    begin = i;
                    break;
                case HmmState.End:
                    EmitWord(dictionary, scratch, from + begin, from + i + 1, ref sink);
                    next = i + 1;
                    break;
                case HmmState.Single:
                    Emit(scratch, from + i, from + i + 1, ref sink);
                    next = i + 1;
                    break;
            }
        }

        if (next < length)
        {
            EmitWord(dictionary, scratch, from + next, to, ref sink);
        }
    }

    /// <summary>A word the tagger found, or its characters when the dictionary forces it apart.</summary>
    private static void EmitWord<TSink>(PrefixDictionary dictionary, SegmentationScratch scratch, int from, int to, ref TSink sink)
        where TSink : struct, ITokenSink
    {
        if (to - from > 1 && dictionary.IsForceSplit(scratch.Scalars.AsSpan(from, to - from)))
        {
            for (var k = from; k < to; k++)
            {
                Emit(scratch, k, k + 1, ref sink);
            }

            return;
        }

        Emit(scratch, from, to, ref sink);
    }

    /// <summary>
    /// finalseg's <c>re_skip</c>, <c>([a-zA-Z0-9]+(?:\.\d+)?%?)</c>: a run of letters and digits, with one decimal
    /// part and a percent sign when they follow (<c>5.4</c>, <c>3.5%</c>; <c>10-15</c> is <c>10 | - | 15</c>).
    /// Matches and the non-empty gaps between them are each one token.
    /// </summary>
    private static void CutSkip<TSink>(SegmentationScratch scratch, int from, int to, ref TSink sink)
        where TSink : struct, ITokenSink
    {
        var scalars = scratch.Scalars;
        var p = from;
        while (p < to)
        {
            var q = p;
            while (q < to && !Scalars.IsAsciiAlphanumeric(scalars[q]))
            {
                q++;
            }

            if (q > p)
            {
                Emit(scratch, p, q, ref sink);
            }

            if (q == to)
            {
                return;
            }

            var r = q;
            while (r < to && Scalars.IsAsciiAlphanumeric(scalars[r]))
            {
                r++;
            }

            if (r + 1 < to && scalars[r] == '.' && IsAsciiDigit(scalars[r + 1]))
            {
                r += 2;
                while (r < to && IsAsciiDigit(scalars[r]))
                {
                    r++;
                }
            }

            if (r < to && scalars[r] == '%')
            {
                r++;
            }

            Emit(scratch, q, r, ref sink);
            p = r;
        }
    }

    private static bool IsAsciiDigit(int scalar) => (uint)(scalar - '0') <= 9;

    private static void Emit<TSink>(SegmentationScratch scratch, int from, int to, ref TSink sink)
        where TSink : struct, ITokenSink =>
        sink.Emit(scratch.Offsets[from], scratch.Offsets[to], -1);
}
