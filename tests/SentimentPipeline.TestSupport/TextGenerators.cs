using CsCheck;

namespace SentimentPipeline.TestSupport;

/// <summary>Generators of hostile mixed-script text: Han (common and extension planes), emoji, broken surrogates, control characters, ASCII and punctuation.</summary>
public static class TextGenerators
{
    private const string CommonHan = "的一是不了人我在有他这中大来上个国到说们为子和你地出会也时要就可以对生能而那得于着下自之年过发后作里用道行所然家种事成方多经么去法学如都同现当没动面起看定天分还进好小部其些主样理心她本前开但因只从想实手机屏幕电池质量物流客服价格";

    private static readonly Gen<string> LoneSurrogate = Gen.Char['\uD800', '\uDFFF'].Select(c => c.ToString());

    private static readonly Gen<string> WellFormedFragment = Gen.Frequency(
        (8, Gen.Char[CommonHan].Array[1, 6].Select(c => new string(c))),
        (2, Gen.Char['\u4E00', '\u9FFF'].Select(c => c.ToString())),
        (1, Gen.Char['\u3400', '\u4DBF'].Select(c => c.ToString())),
        (1, Gen.Char['\uF900', '\uFAFF'].Select(c => c.ToString())),
        (1, Gen.Int[0x20000, 0x2FA1F].Select(char.ConvertFromUtf32)),
        (1, Gen.Int[0x1F300, 0x1FAFF].Select(char.ConvertFromUtf32)),
        (1, Gen.Char['\u0000', '\u001F'].Select(c => c.ToString())),
        (1, Gen.Const("\r\n")),
        (3, Gen.Char[" abcXYZ0123456789.-+#&_%"].Array[1, 8].Select(c => new string(c))),
        (1, Gen.Char[' ', '~'].Select(c => c.ToString())),
        (1, Gen.Char["\u001C\u001F\u0085\u00A0\u1680\u2000\u2028\u202F\u3000\t\v\f\r\n"].Array[1, 3].Select(c => new string(c))),
        (1, Gen.Select(Gen.Int[0, 999].Array[2, 3], Gen.Char[".-"], (numbers, separator) => string.Join(separator, numbers))),
        (1, Gen.Char['\u00A0', '\u33FF'].Select(c => c.ToString())),
        (2, Gen.Char["，。！？、；：（）【】《》“”‘’…—～\u3000\uFEFF"].Select(c => c.ToString())));

    private static readonly Gen<string> Fragment = Gen.Frequency((20, WellFormedFragment), (1, LoneSurrogate));

    /// <summary>Strings of 0–40 fragments, broken surrogates included.</summary>
    public static Gen<string> MixedText { get; } = Fragment.Array[0, 40].Select(string.Concat);

    /// <summary>Like <see cref="MixedText"/> but valid UTF-16, so it survives the trip to Python jieba unchanged.</summary>
    public static Gen<string> WellFormedMixedText { get; } = WellFormedFragment.Array[0, 40].Select(string.Concat);
}
