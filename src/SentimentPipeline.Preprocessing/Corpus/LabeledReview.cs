namespace SentimentPipeline.Preprocessing.Corpus;

/// <summary>One review of a corpus.</summary>
/// <param name="Text">The review text exactly as in the file (stray U+FEFF included; the encoder ignores it).</param>
/// <param name="Label">1 = positive, 0 = negative.</param>
/// <param name="Category">The category when the format has a category column, else null.</param>
/// <param name="Line">1-based line on which the row starts in the file.</param>
public sealed record LabeledReview(string Text, int Label, string? Category, int Line);
