using System.Text;
using SentimentPipeline.Segmentation;

namespace SentimentPipeline.Segmentation.Tests;

/// <summary>Dictionary changes; each test builds its own segmenter because it changes the dictionary.</summary>
public sealed class DictionaryTests
{
    private const string StandardDictionarySha256 = "7197c3211ddd98962b036cdf40324d1ea2bfaa12bd028e68faa70111a88e12a8";

    [Fact]
    public void CreateDefault_DictionarySha256_IsTheChecksumOfDictTxt()
    {
        var segmenter = JiebaSegmenter.CreateDefault();
        Assert.Equal(StandardDictionarySha256, segmenter.DictionarySha256);
        Assert.Equal(349_045, segmenter.Dictionary.Count);
    }

    [Fact]
    public void AddWord_WithoutFrequency_UsesSuggestedFrequencyThatJoinsTheWord()
    {
        var segmenter = JiebaSegmenter.CreateDefault();
        Assert.Equal(["榴莲", "酥"], segmenter.Cut("榴莲酥", hmm: false));
        var dictionary = segmenter.Dictionary;
        var joined = (double)dictionary.GetFrequency("榴莲")!.Value * dictionary.GetFrequency("酥")!.Value / dictionary.TotalFrequency;

        var frequency = segmenter.AddWord("榴莲酥");

        Assert.Equal((long)joined + 1, frequency);
        Assert.Equal(frequency, segmenter.Dictionary.GetFrequency("榴莲酥"));
        Assert.Equal(["榴莲酥"], segmenter.Cut("榴莲酥", hmm: false));
        Assert.NotEqual(StandardDictionarySha256, segmenter.DictionarySha256);
    }

    [Fact]
    public void AddWord_TwoCharactersThatStartNoWord_IsCutAsOneToken()
    {
        // Neither character is in the standard dictionary, so the route's two-character prefix filter learns the
        // pair only from AddWord.
        var segmenter = JiebaSegmenter.CreateDefault();
        Assert.Null(segmenter.Dictionary.GetFrequency("鿏"));
        Assert.Equal(["鿏", "鿐", "好"], segmenter.Cut("鿏鿐好", hmm: false));

        segmenter.AddWord("鿏鿐", 1000);
        segmenter.AddWord("鿏鿐鿑", 1000);

        Assert.Equal(["鿏鿐", "好", "鿏鿐鿑"], segmenter.Cut("鿏鿐好鿏鿐鿑", hmm: false));
    }

    [Fact]
    public void AddWord_ExistingWord_ReplacesFrequencyAndAddsToTotalAsPythonDoes()
    {
        var segmenter = JiebaSegmenter.CreateDefault();
        var total = segmenter.Dictionary.TotalFrequency;
        var old = segmenter.Dictionary.GetFrequency("手机")!.Value;

        Assert.Equal(7, segmenter.AddWord("手机", 7));

        Assert.Equal(4789, old);
        Assert.Equal(7, segmenter.Dictionary.GetFrequency("手机"));
        Assert.Equal(total + 7, segmenter.Dictionary.TotalFrequency);
        Assert.Equal(349_045, segmenter.Dictionary.Count);
    }

    [Fact]
    public void DeleteWord_PresentWord_NoLongerCutAsOne()
    {
        var segmenter = JiebaSegmenter.CreateDefault();
        Assert.True(segmenter.DeleteWord("北京大学"));
        Assert.False(segmenter.DeleteWord("北京大学"));
        Assert.False(segmenter.Dictionary.ContainsWord("北京大学"));
        Assert.Equal(0, segmenter.Dictionary.GetFrequency("北京大学"));
        Assert.Equal(["北京", "大学"], segmenter.Cut("北京大学", hmm: false));
        Assert.Equal(349_044, segmenter.Dictionary.Count);
    }

    [Fact]
    public void DeleteWord_WordTheHmmFinds_SplitIntoCharactersAsPythonDoes()
    {
        // Python's del_word puts the word in finalseg's Force_Split_Words, so the HMM's 杭研 comes out as 杭 | 研.
        var segmenter = JiebaSegmenter.CreateDefault();
        Assert.Equal(["他", "来到", "了", "网易", "杭研", "大厦"], segmenter.Cut("他来到了网易杭研大厦"));

        Assert.False(segmenter.DeleteWord("杭研"));

        Assert.Equal(["他", "来到", "了", "网易", "杭", "研", "大厦"], segmenter.Cut("他来到了网易杭研大厦"));
    }

    [Theory]
    [InlineData("台中", 69)]
    [InlineData("榴莲酥", 1)]
    [InlineData("B超了", 1)]
    public void SuggestFrequency_Segment_SameAsPythonSuggestFreq(string segment, long expected)
    {
        Assert.Equal(expected, JiebaSegmenter.CreateDefault().SuggestFrequency(segment));
    }

    [Fact]
    public void LoadUserDictionary_WordFrequencyTagLines_AddsWordsWithJiebaDefaults()
    {
        var segmenter = JiebaSegmenter.CreateDefault();
        var text = "榴莲酥 20 n\n\n小花猫\n还来 v\n";
        segmenter.LoadUserDictionary(new MemoryStream(Encoding.UTF8.GetBytes(text)), "user.txt");

        Assert.Equal(20, segmenter.Dictionary.GetFrequency("榴莲酥"));
        Assert.Equal("n", segmenter.Dictionary.GetTag("榴莲酥"));
        Assert.True(segmenter.Dictionary.GetFrequency("小花猫") >= 1);
        Assert.Equal("v", segmenter.Dictionary.GetTag("还来"));
        Assert.Equal(["小花猫", "爱", "吃", "榴莲酥"], segmenter.Cut("小花猫爱吃榴莲酥", hmm: false));
    }

    [Fact]
    public void SharedDictionary_WordAddedThroughOneSegmenter_SeenByTheOther()
    {
        var dictionary = PrefixDictionary.LoadDefault();
        var model = HmmModel.LoadDefault();
        var first = new JiebaSegmenter(dictionary, model);
        var second = new JiebaSegmenter(dictionary, model);
        var independent = JiebaSegmenter.CreateDefault();

        first.AddWord("榴莲酥");

        Assert.Equal(["榴莲酥"], second.Cut("榴莲酥", hmm: false));
        Assert.Equal(["榴莲", "酥"], independent.Cut("榴莲酥", hmm: false));
    }

    [Fact]
    public void AddWord_EmptyOrNegative_Throws()
    {
        var dictionary = PrefixDictionary.Load(new MemoryStream("好 1\n"u8.ToArray()), "tiny.txt");
        Assert.Throws<ArgumentException>(() => dictionary.AddWord(string.Empty, 1));
        Assert.Throws<ArgumentOutOfRangeException>(() => dictionary.AddWord("好", -1));
    }

    [Fact]
    public void AddWord_ManyUnsortedWordsGrowingTheTrie_EveryWordFoundWithItsFrequency()
    {
        // A one-word dictionary grows its tables many times over; words come in random order, share prefixes,
        // include characters outside the BMP, and some are deleted again.
        var dictionary = PrefixDictionary.Load(new MemoryStream("好 1\n"u8.ToArray()), "tiny.txt");
        var random = new Random(20261124);
        string[] alphabet = ["手", "机", "好", "评", "\U00020000", "a", "1", "屏", "幕", "\U0002A6D6"];
        var expected = new Dictionary<string, long> { ["好"] = 1 };
        long total = 1;
        for (var i = 0; i < 60_000; i++)
        {
            var word = string.Concat(Enumerable.Range(0, random.Next(1, 7)).Select(_ => alphabet[random.Next(alphabet.Length)]));
            var frequency = random.Next(0, 1000);
            Assert.Equal(frequency, dictionary.AddWord(word, frequency));
            expected[word] = frequency;
            total += frequency;
            if (i % 7 == 0)
            {
                Assert.Equal(frequency > 0, dictionary.DeleteWord(word));
                expected[word] = 0;
            }
        }

        Assert.Equal(expected.Count(e => e.Value > 0), dictionary.Count);
        Assert.Equal(total, dictionary.TotalFrequency);
        foreach (var (word, frequency) in expected)
        {
            Assert.Equal(frequency, dictionary.GetFrequency(word));
        }

        Assert.False(dictionary.ContainsWord("手机好评屏幕a1\U00020000"));
        Assert.False(dictionary.ContainsWord("坏"));
    }
}
