namespace SentimentPipeline.Preprocessing.Tests;

public sealed class TextEncoderTests(SegmenterFixture fixture) : IClassFixture<SegmenterFixture>
{
    private TextEncoder Encoder(int maxLength = 8, params string[] tokens) => new(fixture.Segmenter, new Vocabulary(tokens), maxLength);

    [Fact]
    public void Tokenize_ChineseSentence_UsesJiebaWords()
    {
        Assert.Equal(["商品质量", "相当", "不错", ",", "点赞"], Encoder().Tokenize("商品质量相当不错,点赞"));
    }

    [Fact]
    public void Tokenize_Whitespace_IsDropped()
    {
        Assert.Equal(["很", "好"], Encoder().Tokenize(" 很 \t好\u3000\n"));
    }

    [Fact]
    public void Tokenize_StrayByteOrderMark_IsIgnored()
    {
        var encoder = Encoder();

        Assert.Equal(encoder.Tokenize("做父母一定要有"), encoder.Tokenize("\uFEFF做父母\u200B一定要有"));
    }

    [Fact]
    public void Tokenize_LatinLetters_AreLowerCased()
    {
        Assert.Equal(["ipad", "很", "好"], Encoder().Tokenize("IPad很好"));
    }

    [Fact]
    public void Tokenize_LoneSurrogate_BecomesReplacementCharacter()
    {
        var tokens = Encoder().Tokenize("好\uD800坏\uDC00");

        Assert.Contains("\uFFFD", tokens);
        Assert.DoesNotContain(tokens, t => t.Any(char.IsSurrogate) && !t.Any(char.IsHighSurrogate));
        _ = new Vocabulary(tokens.Distinct());
    }

    [Fact]
    public void Tokenize_Emoji_KeepsSurrogatePairTogether()
    {
        var tokens = Encoder().Tokenize("好评👍👍");

        Assert.All(tokens, t => Assert.False(char.IsHighSurrogate(t[^1])));
        Assert.Contains(tokens, t => t.Contains("👍", StringComparison.Ordinal));
    }

    [Fact]
    public void Encode_KnownAndUnknownTokens_MapsAndPads()
    {
        var encoded = Encoder(6, "质量", "不错").EncodeTokens(["质量", "真", "不错"]);

        Assert.Equal(3, encoded.Length);
        Assert.Equal([2L, Vocabulary.UnkId, 3L, 0L, 0L, 0L], encoded.Ids);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("\uFEFF")]
    public void Encode_NoTokens_IsSingleUnk(string text)
    {
        var encoded = Encoder(4).Encode(text);

        Assert.Equal(1, encoded.Length);
        Assert.Equal([(long)Vocabulary.UnkId, 0L, 0L, 0L], encoded.Ids);
    }

    [Fact]
    public void Encode_HugeText_TruncatesToMaxLength()
    {
        var text = string.Concat(Enumerable.Repeat("质量不错。", 20_000));

        var encoded = Encoder(16, "质量", "不错", "。").Encode(text);

        Assert.Equal(16, encoded.Length);
        Assert.Equal(16, encoded.Ids.Length);
        Assert.Equal([2L, 3L, 4L, 2L], encoded.Ids[..4]);
    }

    [Fact]
    public void Encode_EqualsEncodeTokensOfTokenize()
    {
        var encoder = Encoder(8, "物流", "快");
        const string text = "物流很快，包装也好";

        Assert.Equal(encoder.EncodeTokens(encoder.Tokenize(text)).Ids, encoder.Encode(text).Ids);
    }

    [Fact]
    public void Constructor_MaxLengthZero_Throws()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => Encoder(0));
    }

    [Fact]
    public void Encode_Null_ThrowsArgumentNull()
    {
        Assert.Throws<ArgumentNullException>(() => Encoder().Encode(null!));
    }
}
