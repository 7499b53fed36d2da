using System.Runtime.CompilerServices;

namespace SentimentPipeline.Segmentation;

/// <summary>
/// jieba-rs's character classes, as predicates on Unicode scalars (its regexes <c>RE_HAN_DEFAULT</c>,
/// <c>RE_HAN_CUT_ALL</c>, <c>RE_SKIP_CUT_ALL</c> and the HMM's Han range).
/// </summary>
internal static class CharClass
{
    /// <summary>CJK Unified Ideographs and their extensions (jieba-rs's Han ranges).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool IsCjk(int c) =>
        (uint)(c - 0x4E00) <= 0x9FFF - 0x4E00 || IsCjkExtension(c);

    /// <summary>Accurate-mode block characters: CJK plus <c>[a-zA-Z0-9+#&amp;._%-]</c>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool IsDefaultBlock(int c)
    {
        if ((uint)(c - 0x4E00) <= 0x9FFF - 0x4E00)
        {
            return true;
        }

        if (c < 0x80)
        {
            return char.IsAsciiLetterOrDigit((char)c) || c is '+' or '#' or '&' or '.' or '_' or '%' or '-';
        }

        return IsCjkExtension(c);
    }

    /// <summary>Full-mode characters kept together outside CJK blocks: <c>[a-zA-Z0-9+#\n]</c>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool IsFullModeRun(int c) =>
        c < 0x80 && (char.IsAsciiLetterOrDigit((char)c) || c is '+' or '#' or '\n');

    /// <summary>The HMM's narrower Han range <c>[\u4E00-\u9FD5]</c>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool IsHmmHan(int c) => (uint)(c - 0x4E00) <= 0x9FD5 - 0x4E00;

    private static bool IsCjkExtension(int c) =>
        (uint)(c - 0x3400) <= 0x4DBF - 0x3400
        || (uint)(c - 0xF900) <= 0xFAFF - 0xF900
        || (uint)(c - 0x20000) <= 0x2A6DF - 0x20000
        || (uint)(c - 0x2A700) <= 0x2EBEF - 0x2A700 // 2A700–2B73F, 2B740–2B81F, 2B820–2CEAF, 2CEB0–2EBEF are contiguous
        || (uint)(c - 0x2F800) <= 0x2FA1F - 0x2F800;
}
