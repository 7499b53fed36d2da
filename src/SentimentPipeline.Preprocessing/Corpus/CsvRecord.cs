namespace SentimentPipeline.Preprocessing.Corpus;

/// <summary>One CSV record as parsed: its first physical line, its fields, or the syntax error that broke it.</summary>
/// <param name="Line">1-based physical line on which the record starts.</param>
/// <param name="Fields">Unquoted field values; empty when <paramref name="SyntaxError"/> is set.</param>
/// <param name="IsBlank">True for an empty physical line (no field text, no delimiter).</param>
/// <param name="SyntaxError">Why the record could not be parsed (a broken quote), with the line of the offending character.</param>
internal sealed record CsvRecord(int Line, IReadOnlyList<string> Fields, bool IsBlank, CsvSyntaxError? SyntaxError);
