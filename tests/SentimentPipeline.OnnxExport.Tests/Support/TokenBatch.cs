namespace SentimentPipeline.OnnxExport.Tests.Support;

/// <summary>
/// A padded batch as the model takes it: ids [batch, sequence] row-major, real lengths, and character ids
/// [batch, characters] row-major (twice as wide; each review has twice its token count of characters).
/// </summary>
internal sealed record TokenBatch(long[] TokenIds, int[] Lengths, int SequenceLength, long[] CharIds, int CharacterLength)
{
    public int BatchSize => Lengths.Length;

    public long[] Row(int index) => TokenIds.AsSpan(index * SequenceLength, SequenceLength).ToArray();

    public long[] CharRow(int index) => CharIds.AsSpan(index * CharacterLength, CharacterLength).ToArray();

    public int CharLengthOf(int index) => 2 * Lengths[index];

    /// <summary>
    /// A batch of random reviews whose lengths cover 1, <paramref name="sequenceLength"/> and values between.
    /// Positions after a review's length hold <paramref name="padding"/>, or random ids when it is null, which
    /// shows that nothing after the real length reaches the result.
    /// </summary>
    public static TokenBatch Random(int batchSize, int sequenceLength, int vocabulary, int seed, long? padding = 0)
    {
        var random = new Random(seed);
        // A separate source for the padding, so the real tokens are the same whatever the padding.
        var garbage = new Random(seed + 1);
        var ids = new long[batchSize * sequenceLength];
        var lengths = new int[batchSize];
        for (var b = 0; b < batchSize; b++)
        {
            lengths[b] = b switch
            {
                0 => batchSize == 1 ? sequenceLength : 1,
                1 => sequenceLength,
                _ => random.Next(1, sequenceLength + 1),
            };
            for (var t = 0; t < sequenceLength; t++)
            {
                ids[b * sequenceLength + t] = t < lengths[b] ? random.Next(1, vocabulary) : padding ?? garbage.Next(1, vocabulary);
            }
        }

        // Character ids repeat some values, so that term frequencies above 1 occur.
        var charIds = new long[batchSize * 2 * sequenceLength];
        for (var b = 0; b < batchSize; b++)
        {
            for (var t = 0; t < 2 * sequenceLength; t++)
            {
                charIds[b * 2 * sequenceLength + t] = t < 2 * lengths[b] ? random.Next(1, Math.Min(vocabulary, 8)) : padding ?? garbage.Next(1, vocabulary);
            }
        }

        return new TokenBatch(ids, lengths, sequenceLength, charIds, 2 * sequenceLength);
    }
}
