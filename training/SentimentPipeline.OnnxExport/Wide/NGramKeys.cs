namespace SentimentPipeline.OnnxExport.Wide;

/// <summary>
/// One int64 per n-gram: its ids as digits in base <c>vocabulary</c>, first id most significant. Real ids are
/// 1 … vocabulary − 1 (PAD is 0), so an n-gram's key lies in [vocabulary^(n−1), vocabulary^n) and keys of different
/// orders never meet; a window that runs into PAD ends in a 0 digit, which no feature has.
/// </summary>
public static class NGramKeys
{
    /// <summary>The keys of <paramref name="grams"/>' rows, in feature order.</summary>
    /// <exception cref="ArgumentOutOfRangeException">An id is outside 1 … vocabulary − 1, or the longest key does not fit in an int64.</exception>
    public static long[] Of(NGramTable grams, long vocabulary)
    {
        ArgumentNullException.ThrowIfNull(grams);
        ArgumentOutOfRangeException.ThrowIfLessThan(vocabulary, 2);
        if (Math.Pow(vocabulary, grams.Width) >= long.MaxValue)
        {
            throw new ArgumentOutOfRangeException(nameof(vocabulary), vocabulary,
                $"{grams.Width}-grams over a vocabulary of {vocabulary} ids do not fit in an int64 key.");
        }

        var keys = new long[grams.Count];
        for (var row = 0; row < grams.Count; row++)
        {
            long key = 0;
            foreach (var id in grams.Gram(row))
            {
                if (id < 1 || id >= vocabulary)
                {
                    throw new ArgumentOutOfRangeException(nameof(grams), id, $"N-gram {row} has id {id}, outside the vocabulary's 1 … {vocabulary - 1}.");
                }

                key = (key * vocabulary) + id;
            }

            keys[row] = key;
        }

        return keys;
    }
}
