using System.Runtime.CompilerServices;

namespace SentimentPipeline.Segmentation;

/// <summary>
/// Python jieba's character classes, as predicates on Unicode scalars: <c>re_han_default</c>
/// (<c>[\u4E00-\u9FD5a-zA-Z0-9+#&amp;\._%\-]</c>), the <c>\s</c> of <c>re_skip_default</c>, and finalseg's
/// <c>re_han</c> (<c>[\u4E00-\u9FD5]</c>). Python's Han range stops at U+9FD5: the CJK extension blocks and the
/// last ideographs of the basic block are not Han for jieba, so each of them is a token of its own.
/// </summary>
internal static class CharClass
{
    /// <summary>The ASCII characters of <c>re_han_default</c> (letters, digits, <c>+#&amp;._%-</c>) as a 128-bit set.</summary>
    private static readonly ulong[] DefaultBlockAscii = AsciiSet(static c => char.IsAsciiLetterOrDigit(c) || c is '+' or '#' or '&' or '.' or '_' or '%' or '-');

    /// <summary>Block characters of accurate and full mode (<c>re_han_default</c>).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool IsDefaultBlock(int c)
    {
        if ((uint)(c - 0x4E00) <= 0x9FD5 - 0x4E00)
        {
            return true;
        }

        return (uint)c < 0x80 && ((DefaultBlockAscii[c >> 6] >> (c & 63)) & 1) != 0;
    }

    private static ulong[] AsciiSet(Func<char, bool> member)
    {
        var set = new ulong[2];
        for (var c = '\0'; c < 0x80; c++)
        {
            set[c >> 6] |= member(c) ? 1UL << (c & 63) : 0;
        }

        return set;
    }

    /// <summary>The HMM's Han range <c>[\u4E00-\u9FD5]</c> (finalseg's <c>re_han</c>).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool IsHmmHan(int c) => (uint)(c - 0x4E00) <= 0x9FD5 - 0x4E00;

    /// <summary>
    /// Python's <c>\s</c> on <c>str</c> (<c>str.isspace()</c>): unlike .NET's <c>char.IsWhiteSpace</c> it includes
    /// the information separators U+001C–U+001F.
    /// </summary>
    public static bool IsPythonWhitespace(int c) => c switch
    {
        >= 0x09 and <= 0x0D or >= 0x1C and <= 0x20 or 0x85 or 0xA0 or 0x1680 => true,
        >= 0x2000 and <= 0x200A or 0x2028 or 0x2029 or 0x202F or 0x205F or 0x3000 => true,
        _ => false,
    };
}
