namespace SentimentPipeline.Segmentation;

/// <summary>
/// Makes token strings without needless allocation: a dictionary word reuses the dictionary's string, a single
/// UTF-16 unit comes from a per-segmenter cache, anything else is one substring (empty for full mode's empty pieces).
/// </summary>
internal readonly struct TokenText(string text, PrefixDictionary dictionary, string?[] singleUnitCache)
{
    public string Make(int start, int end, int wordId)
    {
        if (wordId >= 0)
        {
            return dictionary.WordText(wordId);
        }

        if (end - start == 1)
        {
            // A racing thread may store an equal string first; either one is correct.
            var unit = text[start];
            return singleUnitCache[unit] ??= unit.ToString();
        }

        return text.Substring(start, end - start);
    }
}
