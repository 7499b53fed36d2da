namespace SentimentPipeline.Preprocessing.Tests;

public sealed class VocabularyTests
{
    private static readonly IReadOnlyList<string>[] Texts =
    [
        ["好", "很", "好"],
        ["差", "很", "b"],
        ["a", "好"],
    ];

    [Fact]
    public void Build_TopTokensByFrequency_TiesInOrdinalOrder()
    {
        var vocabulary = Vocabulary.Build(Texts, maxSize: 5);

        Assert.Equal(["<pad>", "<unk>", "好", "很", "a"], vocabulary.Tokens);
    }

    [Fact]
    public void Build_MaxSizeCountsPadAndUnk()
    {
        Assert.Equal(3, Vocabulary.Build(Texts, maxSize: 3).Count);
        Assert.Equal(7, Vocabulary.Build(Texts, maxSize: 100).Count);
    }

    [Fact]
    public void Build_InputOrder_DoesNotMatter()
    {
        Assert.Equal(Vocabulary.Build(Texts).Tokens, Vocabulary.Build(Texts.Reverse()).Tokens);
    }

    [Fact]
    public void Build_MinCount_DropsRareTokens()
    {
        Assert.Equal(["<pad>", "<unk>", "好", "很"], Vocabulary.Build(Texts, minCount: 2).Tokens);
    }

    [Fact]
    public void IdOf_UnknownOrReservedName_IsUnk()
    {
        var vocabulary = new Vocabulary(["好"]);

        Assert.Equal(2, vocabulary.IdOf("好"));
        Assert.Equal(Vocabulary.UnkId, vocabulary.IdOf("坏"));
        Assert.Equal(Vocabulary.UnkId, vocabulary.IdOf("<pad>"));
    }

    [Theory]
    [InlineData("好", 2)]
    [InlineData("很好", 3)]
    [InlineData("👍", 4)]
    [InlineData("x", 5)]
    [InlineData("坏", Vocabulary.UnkId)]
    [InlineData("\uD83D", Vocabulary.UnkId)]
    [InlineData("<unk>", Vocabulary.UnkId)]
    [InlineData("", Vocabulary.UnkId)]
    public void IdOf_StringAndSpan_GiveTheTokensId(string token, int expected)
    {
        var vocabulary = new Vocabulary(["好", "很好", "👍", "x"]);

        Assert.Equal(expected, vocabulary.IdOf(token));
        Assert.Equal(expected, vocabulary.IdOf(("[" + token + "]").AsSpan(1, token.Length)));
    }

    [Fact]
    public void SaveLoad_RoundTripsEveryToken()
    {
        var vocabulary = new Vocabulary(["好", "👍", "\uFFFD", "\"q\"", "a\\b", "𠀀"]);
        var path = Path.Combine(Path.GetTempPath(), $"vocabulary-{Guid.NewGuid():N}.json");
        try
        {
            vocabulary.Save(path);

            Assert.Equal(vocabulary.Tokens, Vocabulary.Load(path).Tokens);
            Assert.Contains("\"好\"", File.ReadAllText(path), StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void Constructor_LoneSurrogate_Throws()
    {
        Assert.Throws<ArgumentException>(() => new Vocabulary(["a\uD800"]));
    }

    [Theory]
    [InlineData(" ")]
    [InlineData("")]
    public void Constructor_InvalidToken_Throws(string token)
    {
        Assert.Throws<ArgumentException>(() => new Vocabulary([token]));
    }

    [Fact]
    public void Constructor_DuplicateToken_Throws()
    {
        Assert.Throws<ArgumentException>(() => new Vocabulary(["好", "好"]));
    }

    [Theory]
    [InlineData("{not json")]
    [InlineData("""{"format":"other","version":1,"tokens":["<pad>","<unk>"]}""")]
    [InlineData("""{"format":"sentiment-vocabulary","version":1,"tokens":["<unk>","<pad>"]}""")]
    [InlineData("""{"format":"sentiment-vocabulary","version":1,"tokens":["<pad>","<unk>","\ud800"]}""")]
    [InlineData("""{"format":"sentiment-vocabulary","version":1}""")]
    public void FromJson_Corrupt_ThrowsInvalidDataNamingSource(string json)
    {
        var error = Assert.Throws<InvalidDataException>(() => Vocabulary.FromJson(json, "bundle/vocabulary.json"));

        Assert.StartsWith("bundle/vocabulary.json:", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("[]", "found a JSON array")]
    [InlineData("\"tokens\"", "found a JSON string")]
    [InlineData("""{"format":"sentiment-vocabulary","version":1,"tokens":[]}""", "tokens must start with")]
    [InlineData("""{"format":"sentiment-vocabulary","version":1,"tokens":["<pad>","<unk>",7]}""", "tokens[2] is a JSON number, not a string")]
    public void FromJson_WrongShape_SaysWhatIsWrongWithoutDotNetTypeNames(string json, string expected)
    {
        var error = Assert.Throws<InvalidDataException>(() => Vocabulary.FromJson(json, "bundle/vocabulary.json"));

        Assert.Contains(expected, error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("SentimentPipeline.", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("System.", error.Message, StringComparison.Ordinal);
    }
}
