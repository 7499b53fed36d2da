namespace SentimentPipeline.Preprocessing.Corpus;

/// <summary>A quoting error found by the CSV parser.</summary>
/// <param name="Line">1-based physical line of the offending character.</param>
/// <param name="FieldIndex">0-based index of the field in which it occurred.</param>
/// <param name="Message">What is wrong.</param>
internal sealed record CsvSyntaxError(int Line, int FieldIndex, string Message);
