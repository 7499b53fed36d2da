namespace SentimentPipeline.Preprocessing;

/// <summary>A review as model input.</summary>
/// <param name="Ids">Exactly maxLength token ids; positions from <paramref name="Length"/> on are PAD (0).</param>
/// <param name="Length">Real number of tokens, 1..maxLength (an empty review is one UNK token).</param>
public sealed record EncodedText(long[] Ids, int Length);
