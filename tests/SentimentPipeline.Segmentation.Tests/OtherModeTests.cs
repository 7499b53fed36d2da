using SentimentPipeline.Segmentation;

namespace SentimentPipeline.Segmentation.Tests;

/// <summary>Full and search modes and tokenize offsets; expectations checked once against jieba-rs (@node-rs/jieba 2.0.3).</summary>
public sealed class OtherModeTests(DefaultSegmenter fixture) : IClassFixture<DefaultSegmenter>
{
    private readonly JiebaSegmenter _segmenter = fixture.Segmenter;

    [Fact]
    public void CutAll_Sentence_EveryDictionaryWordInPositionOrder()
    {
        Assert.Equal(
            ["小", "王", "去", "北", "北京", "北京大学", "京", "大", "大学", "学", "读", "读研", "研", "研究", "研究生", "究", "生", "了"],
            _segmenter.CutAll("小王去北京大学读研究生了"));
    }

    [Fact]
    public void CutAll_OutsideHan_RunsOfAlphanumericsPlusHashNewlineJoined()
    {
        Assert.Equal(["第", "第一", "第一行", "一", "一行", "行", "\r", "\na\n\nb", " ", "c+#d"], _segmenter.CutAll("第一行\r\na\n\nb c+#d"));
    }

    [Fact]
    public void CutAll_HanCharacterNotInDictionary_GivesNoToken()
    {
        // jieba-rs's cut_all emits only dictionary words inside Han blocks.
        Assert.Equal(["很", "好"], _segmenter.CutAll("\U00020000\U00020001很好"));
    }

    [Fact]
    public void CutForSearch_LongWords_PrecededByTheirDictionaryBigramsAndTrigrams()
    {
        Assert.Equal(["小王", "去", "北京", "大学", "北京大学", "读", "研究", "研究生", "了"], _segmenter.CutForSearch("小王去北京大学读研究生了"));
        Assert.Equal(["第一", "一行", "第一行", "\r\n", "第二", "二行", "第二行", " ", " ", "两个", "空格"], _segmenter.CutForSearch("第一行\r\n第二行  两个空格"));
    }

    [Theory]
    [InlineData(TokenizeMode.Default)]
    [InlineData(TokenizeMode.Search)]
    [InlineData(TokenizeMode.Full)]
    public void Tokenize_AnyMode_OffsetsPointAtTheWord(TokenizeMode mode)
    {
        const string text = "版本1.2.3的\U00020000手机👍很好用\r\n";
        var tokens = _segmenter.Tokenize(text, mode);
        Assert.NotEmpty(tokens);
        Assert.All(tokens, t => Assert.Equal(t.Word, text[t.Start..t.End]));
    }

    [Fact]
    public void Tokenize_DefaultMode_SameWordsAsCutAndContiguous()
    {
        const string text = "质量不错👍👍下次还来";
        var tokens = _segmenter.Tokenize(text);
        Assert.Equal(_segmenter.Cut(text), tokens.Select(t => t.Word));
        Assert.Equal(new Token("👍", 4, 6), tokens[2]);
        Assert.Equal(text.Length, tokens[^1].End);
    }

    [Fact]
    public void Tokenize_SearchMode_SameWordsAsCutForSearch()
    {
        const string text = "小王去北京大学读研究生了";
        var tokens = _segmenter.Tokenize(text, TokenizeMode.Search);
        Assert.Equal(_segmenter.CutForSearch(text), tokens.Select(t => t.Word));
        Assert.Contains(new Token("大学", 5, 7), tokens);
    }

    [Fact]
    public void Tokenize_UnknownMode_Throws()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => _segmenter.Tokenize("好", (TokenizeMode)42));
    }
}
