namespace SentimentPipeline.Segmentation;

/// <summary>
/// One token of a segmented text with its position in that text.
/// </summary>
/// <remarks>
/// Offsets are UTF-16 code-unit indices into the original <see cref="string"/> (the unit of
/// <see cref="string.Substring(int, int)"/>), chosen so that <c>text[Start..End] == Word</c> holds in C#.
/// Python jieba's <c>tokenize</c> reports code-point indices instead; they differ only after a character outside the BMP.
/// </remarks>
/// <param name="Word">The token text.</param>
/// <param name="Start">UTF-16 index of the first code unit of the token.</param>
/// <param name="End">UTF-16 index just past the last code unit of the token.</param>
public readonly record struct Token(string Word, int Start, int End);
