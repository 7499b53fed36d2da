using System.Text;

namespace SentimentPipeline.Segmentation;

/// <summary>
/// Parses jieba dictionary text (UTF-8, one <c>word freq [tag]</c> per line) straight from bytes, reporting the
/// file, line number and line text of anything malformed. The main dictionary requires a frequency; a user
/// dictionary may omit it (jieba then suggests one).
/// </summary>
internal static class DictionaryFileReader
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>Parses every non-blank line of <paramref name="utf8"/> and hands it to <paramref name="onLine"/>.</summary>
    public static void Parse(ReadOnlySpan<byte> utf8, string sourceName, bool frequencyRequired, Action<DictionaryLine> onLine)
    {
        if (utf8.StartsWith("\uFEFF"u8))
        {
            utf8 = utf8[3..];
        }

        var lineNumber = 0;
        while (!utf8.IsEmpty)
        {
            lineNumber++;
            var newline = utf8.IndexOf((byte)'\n');
            var line = newline < 0 ? utf8 : utf8[..newline];
            utf8 = newline < 0 ? default : utf8[(newline + 1)..];
            if (line.Trim(" \t\r\v\f"u8).IsEmpty)
            {
                continue;
            }

            onLine(ParseLine(line, sourceName, lineNumber, frequencyRequired));
        }
    }

    private static DictionaryLine ParseLine(ReadOnlySpan<byte> line, string sourceName, int lineNumber, bool frequencyRequired)
    {
        string text;
        try
        {
            text = StrictUtf8.GetString(line).TrimEnd('\r');
        }
        catch (DecoderFallbackException)
        {
            throw new InvalidDictionaryEntryException(sourceName, lineNumber, Encoding.UTF8.GetString(line), "invalid UTF-8 (truncated or not a UTF-8 file)");
        }

        var fields = text.Split([' ', '\t', '\v', '\f'], StringSplitOptions.RemoveEmptyEntries);
        if (fields.Length > 3)
        {
            throw new InvalidDictionaryEntryException(sourceName, lineNumber, text, "expected 'word freq [tag]' but found more than three fields");
        }

        long? frequency = null;
        if (!frequencyRequired && fields.Length == 2 && ParseFrequency(fields[1]) is null && fields[1].All(char.IsAsciiLetter))
        {
            // jieba's user dictionary allows 'word tag' with the frequency left out.
            return new DictionaryLine(fields[0], null, fields[1]);
        }

        if (fields.Length >= 2)
        {
            frequency = ParseFrequency(fields[1]) ?? throw new InvalidDictionaryEntryException(
                sourceName, lineNumber, text, $"frequency '{fields[1]}' is not a non-negative integer");
        }
        else if (frequencyRequired)
        {
            throw new InvalidDictionaryEntryException(sourceName, lineNumber, text, "missing frequency (expected 'word freq [tag]')");
        }

        return new DictionaryLine(fields[0], frequency, fields.Length == 3 ? fields[2] : string.Empty);
    }

    private static long? ParseFrequency(string field)
    {
        long value = 0;
        foreach (var c in field)
        {
            if (!char.IsAsciiDigit(c) || value > (long.MaxValue - 9) / 10)
            {
                return null;
            }

            value = (value * 10) + (c - '0');
        }

        return value;
    }
}
