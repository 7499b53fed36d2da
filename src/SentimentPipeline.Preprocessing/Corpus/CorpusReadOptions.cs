namespace SentimentPipeline.Preprocessing.Corpus;

/// <summary>How <see cref="CorpusReader"/> reads a review CSV.</summary>
/// <param name="Format">Columns and label mapping; null detects a preset from the header.</param>
/// <param name="SkipInvalidRows">
/// False (default): the first invalid row (empty text, unknown label, broken quote, wrong column count, bytes that are
/// not UTF-8) throws
/// <see cref="CorpusFormatException"/>. True: such rows are skipped and listed in <see cref="ReviewCorpus.SkippedRows"/>.
/// </param>
public sealed record CorpusReadOptions(CorpusFormat? Format = null, bool SkipInvalidRows = false);
