using System.Buffers;
using System.Runtime.CompilerServices;
using System.Text;

namespace SentimentPipeline.Segmentation;

/// <summary>Receives one parsed dictionary line; <paramref name="frequency"/> is null when the line has none.</summary>
internal delegate void DictionaryLineHandler(ReadOnlySpan<char> word, long? frequency, ReadOnlySpan<char> tag);

/// <summary>
/// Parses jieba dictionary text (UTF-8, one <c>word freq [tag]</c> per line) straight from bytes, without a
/// string per line, reporting the file, line number and line text of anything malformed. The main dictionary
/// requires a frequency; a user dictionary may omit it (jieba then suggests one) and may give
/// <c>word tag</c>.
/// </summary>
internal static class DictionaryFileReader
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);
    private static readonly SearchValues<byte> Blanks = SearchValues.Create(" \t\v\f\r"u8);
    private static readonly SearchValues<byte> AsciiLetters = SearchValues.Create("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ"u8);

    /// <summary>Parses every non-blank line of <paramref name="utf8"/> and hands it to <paramref name="onLine"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static void Parse(ReadOnlySpan<byte> utf8, string sourceName, bool frequencyRequired, DictionaryLineHandler onLine)
    {
        if (utf8.StartsWith("\uFEFF"u8))
        {
            utf8 = utf8[3..];
        }

        var chars = ArrayPool<char>.Shared.Rent(256);
        try
        {
            var lineNumber = 0;
            while (!utf8.IsEmpty)
            {
                lineNumber++;
                var newline = utf8.IndexOf((byte)'\n');
                var line = newline < 0 ? utf8 : utf8[..newline];
                utf8 = newline < 0 ? default : utf8[(newline + 1)..];
                if (line.Length > chars.Length)
                {
                    ArrayPool<char>.Shared.Return(chars);
                    chars = ArrayPool<char>.Shared.Rent(line.Length);
                }

                ParseLine(line, chars, new LineContext(sourceName, lineNumber, frequencyRequired), onLine);
            }
        }
        finally
        {
            ArrayPool<char>.Shared.Return(chars);
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void ParseLine(ReadOnlySpan<byte> line, char[] chars, LineContext context, DictionaryLineHandler onLine)
    {
        Span<Range> fields = stackalloc Range[4];
        var count = 0;
        var rest = 0;
        while (rest < line.Length)
        {
            var start = line[rest..].IndexOfAnyExcept(Blanks);
            if (start < 0)
            {
                break;
            }

            start += rest;
            var length = line[start..].IndexOfAny(Blanks);
            var end = length < 0 ? line.Length : start + length;
            if (count == 3)
            {
                throw context.Error(line, "expected 'word freq [tag]' but found more than three fields");
            }

            fields[count++] = start..end;
            rest = end;
        }

        if (count == 0)
        {
            return;
        }

        var wordLength = Decode(line[fields[0]], chars, line, context);
        var word = chars.AsSpan(0, wordLength);
        long? frequency = null;
        var tag = ReadOnlySpan<char>.Empty;
        if (count >= 2)
        {
            frequency = ParseFrequency(line[fields[1]]);
            if (frequency is null)
            {
                if (context.FrequencyRequired || count == 3 || !IsAsciiLetters(line[fields[1]]))
                {
                    throw context.Error(line, $"frequency '{Encoding.UTF8.GetString(line[fields[1]])}' is not a non-negative integer");
                }

                // A user dictionary may give 'word tag' and leave the frequency out, as jieba allows.
                fields[2] = fields[1];
                count = 3;
            }
        }
        else if (context.FrequencyRequired)
        {
            throw context.Error(line, "missing frequency (expected 'word freq [tag]')");
        }

        if (count == 3)
        {
            var tagLength = Decode(line[fields[2]], chars.AsSpan(wordLength), line, context);
            tag = chars.AsSpan(wordLength, tagLength);
        }

        onLine(word, frequency, tag);
    }

    private static int Decode(ReadOnlySpan<byte> field, Span<char> destination, ReadOnlySpan<byte> line, LineContext context)
    {
        try
        {
            return StrictUtf8.GetChars(field, destination);
        }
        catch (DecoderFallbackException)
        {
            throw context.Error(line, "invalid UTF-8 (truncated or not a UTF-8 file)");
        }
    }

    private static long? ParseFrequency(ReadOnlySpan<byte> field)
    {
        long value = 0;
        foreach (var b in field)
        {
            if (!char.IsAsciiDigit((char)b) || value > (long.MaxValue - 9) / 10)
            {
                return null;
            }

            value = (value * 10) + (b - '0');
        }

        return value;
    }

    private static bool IsAsciiLetters(ReadOnlySpan<byte> field) => !field.ContainsAnyExcept(AsciiLetters);

    private readonly record struct LineContext(string SourceName, int LineNumber, bool FrequencyRequired)
    {
        public InvalidDictionaryEntryException Error(ReadOnlySpan<byte> line, string reason) =>
            new(SourceName, LineNumber, Encoding.UTF8.GetString(line).TrimEnd('\r'), reason);
    }
}
