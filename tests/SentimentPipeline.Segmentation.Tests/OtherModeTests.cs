using SentimentPipeline.Segmentation;

namespace SentimentPipeline.Segmentation.Tests;

/// <summary>Full and search modes and tokenize offsets; expectations are Python jieba 0.42.1's output.</summary>
public sealed class OtherModeTests(DefaultSegmenter fixture) : IClassFixture<DefaultSegmenter>
{
    private readonly JiebaSegmenter _segmenter = fixture.Segmenter;

    [Fact]
    public void CutAll_Sentence_NoSingleCharacterThatALongerWordCovers()
    {
        // Python gives a position's single character only when it is the position's one DAG entry and no word
        // given before reaches over it: 北, 京, 大, 学, 研, 究, 生 are covered by 北京, 北京大学, 大学, 读研, 研究 ….
        Assert.Equal(
            ["小", "王", "去", "北京", "北京大学", "大学", "读研", "研究", "研究生", "了"],
            _segmenter.CutAll("小王去北京大学读研究生了"));
    }

    [Fact]
    public void CutAll_OutsideBlocks_SplitAtWhitespaceWithPythonsEmptyPieces()
    {
        Assert.Equal(
            ["第一", "第一行", "一行", "", "\r\n", "", "a", "", "\n", "", "\n", "", "b", "", " ", "", "c", "+", "#", "d"],
            _segmenter.CutAll("第一行\r\na\n\nb c+#d"));
        Assert.Equal(["价格", "10", "-", "15", "元", "，", "好评", "！！", " ", "", "还行"], _segmenter.CutAll("价格10-15元，好评！！ 还行"));
    }

    [Fact]
    public void CutAll_CharactersOutsidePythonsHanRange_OneGapToken()
    {
        Assert.Equal(["\U00020000\U00020001", "很", "好"], _segmenter.CutAll("\U00020000\U00020001很好"));
    }

    [Fact]
    public void CutAll_LettersAroundAUserWordOfLetters_JoinedAsPythonDoes()
    {
        // Python's eng_buf: "xy" is joined across the user word "ab", which full mode gives first.
        var segmenter = new JiebaSegmenter(PrefixDictionary.Load(new MemoryStream("ab 5\na 5\n"u8.ToArray()), "letters.txt"), HmmModel.LoadDefault());

        Assert.Equal(["ab", "xy"], segmenter.CutAll("xaby"));
        Assert.Equal([new Token("ab", 1, 3), new Token("xy", 0, 4)], segmenter.Tokenize("xaby", TokenizeMode.Full));
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
