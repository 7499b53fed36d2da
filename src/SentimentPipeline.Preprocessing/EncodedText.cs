namespace SentimentPipeline.Preprocessing;

/// <summary>A review as model input: its token ids and its character ids (both from the one vocabulary).</summary>
/// <param name="Ids">Exactly maxLength token ids; positions from <paramref name="Length"/> on are PAD (0).</param>
/// <param name="Length">Real number of tokens, 1..maxLength (an empty review is one UNK token).</param>
/// <param name="CharIds">Exactly maxCharacters ids of the characters of the kept tokens, concatenated; PAD (0) after
/// <paramref name="CharLength"/>.</param>
/// <param name="CharLength">Real number of characters, 1..maxCharacters (an empty review is one UNK character).</param>
public sealed record EncodedText(long[] Ids, int Length, long[] CharIds, int CharLength);
