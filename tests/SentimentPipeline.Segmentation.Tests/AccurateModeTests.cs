using SentimentPipeline.Segmentation;

namespace SentimentPipeline.Segmentation.Tests;

/// <summary>Accurate mode on sentences written for these tests; expectations are Python jieba 0.42.1's output.</summary>
public sealed class AccurateModeTests(DefaultSegmenter fixture) : IClassFixture<DefaultSegmenter>
{
    private readonly JiebaSegmenter _segmenter = fixture.Segmenter;

    public static TheoryData<string, string[], string[]> Sentences => new()
    {
        { "这款手机的屏幕很清晰，电池也耐用。", ["这", "款", "手机", "的", "屏幕", "很", "清晰", "，", "电池", "也", "耐用", "。"], ["这", "款", "手机", "的", "屏幕", "很", "清晰", "，", "电池", "也", "耐用", "。"] },
        { "物流太慢了，客服态度还不好！", ["物流", "太慢", "了", "，", "客服", "态度", "还", "不好", "！"], ["物流", "太慢", "了", "，", "客服", "态度", "还", "不好", "！"] },
        { "iPhone12的价格是5999元，性价比一般", ["iPhone12", "的", "价格", "是", "5999", "元", "，", "性价比", "一般"], ["iPhone12", "的", "价格", "是", "5999", "元", "，", "性价比", "一般"] },
        { "小王去北京大学读研究生了", ["小王", "去", "北京大学", "读", "研究生", "了"], ["小", "王", "去", "北京大学", "读", "研究生", "了"] },
        { "质量不错👍👍下次还来", ["质量", "不错", "👍", "👍", "下次", "还来"], ["质量", "不错", "👍", "👍", "下次", "还", "来"] },
        { "张小花觉得这家店的榴莲酥特别好吃", ["张", "小花", "觉得", "这家", "店", "的", "榴莲", "酥", "特别", "好吃"], ["张", "小花", "觉得", "这家", "店", "的", "榴莲", "酥", "特别", "好吃"] },
    };

    [Theory]
    [MemberData(nameof(Sentences))]
    public void Cut_WithHmm_MatchesJieba(string text, string[] withHmm, string[] withoutHmm)
    {
        _ = withoutHmm;
        Assert.Equal(withHmm, _segmenter.Cut(text));
    }

    [Theory]
    [MemberData(nameof(Sentences))]
    public void Cut_WithoutHmm_MatchesJieba(string text, string[] withHmm, string[] withoutHmm)
    {
        _ = withHmm;
        Assert.Equal(withoutHmm, _segmenter.Cut(text, hmm: false));
    }

    [Fact]
    public void Cut_VersionNumbers_FollowsPythonSkipRegex()
    {
        // finalseg's re_skip, ([a-zA-Z0-9]+(?:\.\d+)?%?): one decimal part joins a number, a hyphen does not.
        Assert.Equal(["版本", "1.2", ".", "3", "比", "WES", "-", "5.4", ".", "5", "好用"], _segmenter.Cut("版本1.2.3比WES-5.4.5好用"));
        Assert.Equal(["版本", "1", ".", "2", ".", "3", "比", "WES", "-", "5", ".", "4", ".", "5", "好", "用"], _segmenter.Cut("版本1.2.3比WES-5.4.5好用", hmm: false));
    }

    [Fact]
    public void Cut_NumberRangeAndPercent_RangeSplitAtTheHyphen()
    {
        Assert.Equal(["10", "-", "15", "天", "到货", "，", "好评率", "99.5%"], _segmenter.Cut("10-15天到货，好评率99.5%"));
        Assert.Equal(["10", "-", "15", "天", "到货", "，", "好评率", "99", ".", "5", "%"], _segmenter.Cut("10-15天到货，好评率99.5%", hmm: false));
    }

    [Fact]
    public void Cut_Whitespace_EachCharacterAloneExceptCrLf()
    {
        Assert.Equal(["第一行", "\r\n", "第二行", " ", " ", "两个", "空格"], _segmenter.Cut("第一行\r\n第二行  两个空格"));
    }

    [Fact]
    public void Cut_CjkExtensionCharacters_EachATokenOfItsOwn()
    {
        // Python's Han range is U+4E00–U+9FD5: U+20000 and U+20001 (extension B) are outside every block.
        Assert.Equal(["我", "在", "\U00020000", "\U00020001", "里面"], _segmenter.Cut("我在\U00020000\U00020001里面"));
        Assert.Equal(["我", "在", "\U00020000", "\U00020001", "里面"], _segmenter.Cut("我在\U00020000\U00020001里面", hmm: false));
    }

    [Fact]
    public void Cut_EmptyText_NoTokens()
    {
        Assert.Empty(_segmenter.Cut(string.Empty));
        Assert.Empty(_segmenter.CutAll(string.Empty));
        Assert.Empty(_segmenter.CutForSearch(string.Empty));
        Assert.Empty(_segmenter.Tokenize(string.Empty));
    }

    [Fact]
    public void Cut_Null_ThrowsArgumentNullException()
    {
        Assert.Throws<ArgumentNullException>(() => _segmenter.Cut(null!));
        Assert.Throws<ArgumentNullException>(() => _segmenter.CutAll(null!));
        Assert.Throws<ArgumentNullException>(() => _segmenter.CutForSearch(null!));
        Assert.Throws<ArgumentNullException>(() => _segmenter.Tokenize(null!));
    }

    [Fact]
    public void Cut_BrokenSurrogates_KeptAsTokensOfTheirOwn()
    {
        var text = "好\uD800评\uDC00a\uD83D";
        Assert.Equal(["好", "\uD800", "评", "\uDC00", "a", "\uD83D"], _segmenter.Cut(text));
        Assert.Equal(text, string.Concat(_segmenter.Cut(text, hmm: false)));
    }

    [Fact]
    public void Cut_OneMegabyteReview_Lossless()
    {
        var unit = "这个手机很好用，电池耐用，屏幕清晰。Good phone 👍 价格5999元！\r\n";
        var text = string.Concat(Enumerable.Repeat(unit, (1 << 20) / unit.Length + 1));
        Assert.Equal(text, string.Concat(_segmenter.Cut(text)));
        Assert.Equal(text, string.Concat(_segmenter.Cut(text, hmm: false)));
    }

    [Fact]
    public void Cut_OneMegabyteWithoutBreaks_Lossless()
    {
        // A single 1 MB Han block with no dictionary words: the whole route and one Viterbi pass over it.
        var text = new string('\u9FD0', 1 << 20);
        Assert.Equal(text, string.Concat(_segmenter.Cut(text)));
    }
}
