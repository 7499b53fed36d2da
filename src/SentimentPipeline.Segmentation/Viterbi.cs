namespace SentimentPipeline.Segmentation;

/// <summary>
/// Viterbi decoding of the B/E/M/S tags of a run of Han characters. Ties go to the later state in
/// <see cref="HmmState"/> order (Python's finalseg takes the <c>max</c> of <c>(prob, state)</c> pairs, and B &lt; E &lt; M &lt; S), and the last tag is E or S (S on a tie).
/// </summary>
internal static class Viterbi
{
    /// <summary>The states that may precede each state, in jieba's order.</summary>
    private static ReadOnlySpan<byte> AllowedPrevious =>
    [
        (byte)HmmState.End, (byte)HmmState.Single,   // before Begin
        (byte)HmmState.Begin, (byte)HmmState.Middle, // before End
        (byte)HmmState.Middle, (byte)HmmState.Begin, // before Middle
        (byte)HmmState.Single, (byte)HmmState.End,   // before Single
    ];

    /// <summary>Tags <c>scalars[from..to)</c> (all in the HMM Han range), leaving the tags in <c>scratch.Path[0..]</c>.</summary>
    public static void Decode(HmmModel model, SegmentationScratch scratch, int from, int to)
    {
        const int S = HmmModel.StateCount;
        var scalars = scratch.Scalars;
        var v = scratch.Viterbi;
        var back = scratch.Back;
        var start = model.Start;
        var transitions = model.Transitions;
        var emissions = model.Emissions;
        var length = to - from;

        var first = scalars[from] * S;
        for (var y = 0; y < S; y++)
        {
            v[y] = start[y] + emissions[first + y];
        }

        for (var t = 1; t < length; t++)
        {
            var emit = scalars[from + t] * S;
            var previous = (t - 1) * S;
            for (var y = 0; y < S; y++)
            {
                var a = AllowedPrevious[2 * y];
                var b = AllowedPrevious[(2 * y) + 1];
                var em = emissions[emit + y];
                var pa = v[previous + a] + transitions[(a * S) + y] + em;
                var pb = v[previous + b] + transitions[(b * S) + y] + em;
                var takeB = pb > pa || (pb == pa && b > a);
                v[(t * S) + y] = takeB ? pb : pa;
                back[(t * S) + y] = takeB ? b : a;
            }
        }

        var last = (length - 1) * S;
        var state = v[last + (int)HmmState.Single] >= v[last + (int)HmmState.End] ? HmmState.Single : HmmState.End;
        var path = scratch.Path;
        for (var t = length - 1; t >= 0; t--)
        {
            path[t] = state;
            state = (HmmState)back[(t * S) + (int)state];
        }
    }
}
