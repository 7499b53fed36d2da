namespace SentimentPipeline.Segmentation;

/// <summary>
/// jieba's HMM cut of a run of characters the route left single: runs in the HMM Han range are tagged by
/// <see cref="Viterbi"/>; everything else is split by the HMM's <c>re_skip</c>.
/// </summary>
internal static class HmmCutter
{
    public static void Cut<TSink>(HmmModel model, SegmentationScratch scratch, int from, int to, ref TSink sink)
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
                CutTagged(model, scratch, k, j, ref sink);
            }

            k = j;
        }
    }

    private static void CutTagged<TSink>(HmmModel model, SegmentationScratch scratch, int from, int to, ref TSink sink)
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
                    Emit(scratch, from + begin, from + i + 1, ref sink);
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
            Emit(scratch, from + next, to, ref sink);
        }
    }

    /// <summary>
    /// The regex <c>([a-zA-Z0-9]+(?:.\d+)?%?)</c> as jieba-rs compiles it: the dot is unescaped, so any
    /// character but a newline joins an alphanumeric run to the digits after it (<c>WES-5</c>, <c>1.2</c>).
    /// Matches and the gaps between them are each one token.
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

            if (r + 1 < to && scalars[r] != '\n' && IsAsciiDigit(scalars[r + 1]))
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
