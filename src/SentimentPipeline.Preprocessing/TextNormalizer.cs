using System.Text;

namespace SentimentPipeline.Preprocessing;

/// <summary>
/// The character-level clean-up the encoder applies before segmentation: a lone (unpaired) surrogate becomes
/// U+FFFD, so every token is well-formed and vocabulary.json (UTF-8) round-trips; U+FEFF (a byte-order mark
/// pasted into the middle of a text, as in online_shopping_10_cats) and U+200B (zero-width space) are removed,
/// because they are invisible and never carry meaning.
/// </summary>
internal static class TextNormalizer
{
    public static string Normalize(string text)
    {
        if (IsClean(text))
        {
            return text;
        }

        var builder = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                builder.Append(c).Append(text[++i]);
            }
            else if (char.IsSurrogate(c))
            {
                builder.Append('\uFFFD');
            }
            else if (c is not ('\uFEFF' or '\u200B'))
            {
                builder.Append(c);
            }
        }

        return builder.ToString();
    }

    public static bool IsWellFormed(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            if (char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                i++;
            }
            else if (char.IsSurrogate(text[i]))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Shows a string in a message with surrogates and controls escaped.</summary>
    public static string Escape(string text)
    {
        var builder = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            builder.Append(char.IsSurrogate(c) || char.IsControl(c) ? $"\\u{(int)c:X4}" : c.ToString());
        }

        return builder.ToString();
    }

    private static bool IsClean(string text) => IsWellFormed(text) && text.IndexOfAny(['\uFEFF', '\u200B']) < 0;
}
