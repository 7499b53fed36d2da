namespace SentimentPipeline.Preprocessing.Corpus;

/// <summary>The reviews read from a CSV file, and an account of everything that was not read as a review.</summary>
/// <param name="Source">The file path or stream name.</param>
/// <param name="Format">The format used (given or detected).</param>
/// <param name="Reviews">Valid reviews in file order.</param>
/// <param name="SkippedRows">Invalid rows skipped because <see cref="CorpusReadOptions.SkipInvalidRows"/> was set.</param>
/// <param name="BlankLines">Empty physical lines between records (ignored, counted so nothing vanishes unseen).</param>
public sealed record ReviewCorpus(
    string Source,
    CorpusFormat Format,
    IReadOnlyList<LabeledReview> Reviews,
    IReadOnlyList<CorpusRowProblem> SkippedRows,
    int BlankLines)
{
    /// <summary>Number of skipped rows per reason.</summary>
    public IReadOnlyDictionary<CorpusProblemKind, int> SkippedByKind =>
        SkippedRows.GroupBy(p => p.Kind).ToDictionary(g => g.Key, g => g.Count());
}
