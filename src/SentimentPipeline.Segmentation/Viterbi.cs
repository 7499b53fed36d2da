namespace SentimentPipeline.Segmentation;

/// <summary>
/// Viterbi decoding of the B/E/M/S tags of a run of Han characters. Ties go to the later state in
/// <see cref="HmmState"/> order (Python's finalseg takes the <c>max</c> of <c>(prob, state)</c> pairs, and B &lt; E &lt; M &lt; S), and the last tag is E or S (S on a tie).
/// </summary>
internal static class Viterbi
{
    private const int B = (int)HmmState.Begin;
    private const int E = (int)HmmState.End;
    private const int M = (int)HmmState.Middle;
    private const int S = (int)HmmState.Single;

    /// <summary>Tags <c>scalars[from..to)</c> (all in the HMM Han range), leaving the tags in <c>scratch.Path[0..]</c>.</summary>
    /// <remarks>
    /// Unrolled over the four states: each may follow only two others (B after E or S, E after B or M, M after M or
    /// B, S after S or E), so each step is two sums and one comparison per state, with the scores of the previous
    /// step in registers. The sums are Python's, <c>(V[t-1][y0] + trans[y0][y]) + emit[y]</c>, and a tie goes to the
    /// later state, as Python's <c>max</c> over <c>(prob, state)</c> pairs.
    /// </remarks>
    public static void Decode(HmmModel model, SegmentationScratch scratch, int from, int to)
    {
        const int N = HmmModel.StateCount;
        var scalars = scratch.Scalars;
        var back = scratch.Back;
        var emissions = model.Emissions;
        var transitions = model.Transitions;
        double eb = transitions[(E * N) + B], sb = transitions[(S * N) + B];
        double be = transitions[(B * N) + E], me = transitions[(M * N) + E];
        double mm = transitions[(M * N) + M], bm = transitions[(B * N) + M];
        double ss = transitions[(S * N) + S], es = transitions[(E * N) + S];
        var length = to - from;

        var first = scalars[from] * N;
        var start = model.Start;
        var vB = start[B] + emissions[first + B];
        var vE = start[E] + emissions[first + E];
        var vM = start[M] + emissions[first + M];
        var vS = start[S] + emissions[first + S];
        for (var t = 1; t < length; t++)
        {
            var emit = emissions.AsSpan(scalars[from + t] * N, N);
            var steps = back.AsSpan(t * N, N);

            // B after E or S (S, the later, on a tie).
            var fromE = vE + eb + emit[B];
            var fromS = vS + sb + emit[B];
            var nB = fromS >= fromE ? fromS : fromE;
            steps[B] = fromS >= fromE ? (byte)S : (byte)E;

            // E after B or M (M on a tie).
            var fromB = vB + be + emit[E];
            var fromM = vM + me + emit[E];
            var nE = fromM >= fromB ? fromM : fromB;
            steps[E] = fromM >= fromB ? (byte)M : (byte)B;

            // M after M or B (M on a tie).
            fromM = vM + mm + emit[M];
            fromB = vB + bm + emit[M];
            var nM = fromB > fromM ? fromB : fromM;
            steps[M] = fromB > fromM ? (byte)B : (byte)M;

            // S after S or E (S on a tie).
            fromS = vS + ss + emit[S];
            fromE = vE + es + emit[S];
            var nS = fromE > fromS ? fromE : fromS;
            steps[S] = fromE > fromS ? (byte)E : (byte)S;

            (vB, vE, vM, vS) = (nB, nE, nM, nS);
        }

        var state = vS >= vE ? HmmState.Single : HmmState.End;
        var path = scratch.Path;
        for (var t = length - 1; t >= 0; t--)
        {
            path[t] = state;
            state = (HmmState)back[(t * N) + (int)state];
        }
    }
}
