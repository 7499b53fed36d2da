using System.Runtime.CompilerServices;

namespace SentimentPipeline.Segmentation;

/// <summary>
/// UTF-16 ↔ Unicode scalar helpers. jieba works on characters (scalars); a well-formed surrogate pair is one
/// character, and a lone surrogate is kept as a one-unit character of its own so that nothing is ever lost.
/// </summary>
internal static class Scalars
{
    /// <summary>Reads the scalar at <paramref name="index"/> and returns its UTF-16 length (1 or 2).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static int Read(ReadOnlySpan<char> text, int index, out int scalar)
    {
        var c = text[index];
        if (char.IsHighSurrogate(c) && index + 1 < text.Length && char.IsLowSurrogate(text[index + 1]))
        {
            scalar = char.ConvertToUtf32(c, text[index + 1]);
            return 2;
        }

        scalar = c;
        return 1;
    }

    /// <summary>Decodes <paramref name="text"/> into <paramref name="buffer"/>; returns the number of scalars.</summary>
    public static int Decode(ReadOnlySpan<char> text, Span<int> buffer)
    {
        var count = 0;
        for (var i = 0; i < text.Length;)
        {
            i += Read(text, i, out buffer[count]);
            count++;
        }

        return count;
    }

    /// <summary>ASCII letter or digit: jieba's <c>[a-zA-Z0-9]</c>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool IsAsciiAlphanumeric(int scalar) => scalar < 0x80 && char.IsAsciiLetterOrDigit((char)scalar);
}
