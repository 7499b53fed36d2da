using SentimentPipeline.Preprocessing.Corpus;

namespace SentimentPipeline.Training.Reporting;

/// <summary>What was read and how it was split.</summary>
/// <param name="Path">The corpus file.</param>
/// <param name="Sha256">SHA-256 of the file, so a report can be tied to its data.</param>
/// <param name="Format">The format used.</param>
/// <param name="Reviews">Valid reviews read.</param>
/// <param name="Positive">Positive reviews among them.</param>
/// <param name="SkippedRows">Skipped rows per reason (only with the skip option).</param>
/// <param name="SkippedExamples">The first skipped rows with line and reason.</param>
/// <param name="BlankLines">Empty lines ignored.</param>
/// <param name="Train">Rows in the training split.</param>
/// <param name="Validation">Rows in the validation split.</param>
/// <param name="Test">Rows in the test split.</param>
/// <param name="TestTextsAlsoInTrain">Test reviews whose exact text also occurs in the training split (the corpus has duplicates; they flatter every model alike).</param>
public sealed record CorpusSummary(
    string Path,
    string Sha256,
    string Format,
    int Reviews,
    int Positive,
    IReadOnlyDictionary<CorpusProblemKind, int> SkippedRows,
    IReadOnlyList<CorpusRowProblem> SkippedExamples,
    int BlankLines,
    int Train,
    int Validation,
    int Test,
    int TestTextsAlsoInTrain);
