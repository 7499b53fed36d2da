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
    public void Tokenize_EveryBmpCharacter_IsLowerCasedAsToLowerInvariant()
    {
        // The encoder skips ToLowerInvariant for characters it knows have no case; this holds it to ToLowerInvariant's
        // answer for every one of them (a surrogate or a removed character aside, no character is whitespace-only).
        var encoder = Encoder();
        var wrong = new List<string>();
        for (var code = 0; code <= char.MaxValue; code++)
        {
            var text = ((char)code).ToString();
            if (char.IsSurrogate(text[0]) || text is "\uFEFF" or "\u200B" || string.IsNullOrWhiteSpace(text))
            {
                continue;
            }

            if (encoder.Tokenize(text) is not [var token] || token != text.ToLowerInvariant())
            {
                wrong.Add($"U+{code:X4}");
            }
        }

        Assert.Empty(wrong);
    }

    [Fact]
    public void EncodeTokens_CharacterIds_AreTheIdsOfEachScalar()
    {
        string[] tokens = ["质量", "👍", "ｏｋ", "x\uD800", "不"];
        var encoder = Encoder(8, "质", "👍", "ｏ", "\uFFFD", "x");

        var encoded = encoder.EncodeTokens(tokens);

        // Each token's characters as Unicode scalars (a lone surrogate reads as U+FFFD), each looked up as a string.
        var expected = tokens.SelectMany(t => t.EnumerateRunes()).Select(r => (long)encoder.Vocabulary.IdOf(r.ToString())).ToArray();
        Assert.Equal(expected.Length, encoded.CharLength);
        Assert.Equal(expected, encoded.CharIds[..encoded.CharLength]);
        Assert.Equal([2L, Vocabulary.UnkId, 3L, 4L, Vocabulary.UnkId, 6L, 5L, Vocabulary.UnkId], expected);
    }

    [Fact]
    public void EncodeTokens_CharacterIds_StopAtMaxCharacters()
    {
        var encoder = new TextEncoder(fixture.Segmenter, new Vocabulary(["好"]), maxLength: 4, maxCharacters: 3);

        var encoded = encoder.EncodeTokens(["好好", "好好"]);

        Assert.Equal(3, encoded.CharLength);
        Assert.Equal([2L, 2L, 2L], encoded.CharIds);
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
