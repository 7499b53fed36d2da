using System.Text;
using SentimentPipeline.Segmentation;

namespace SentimentPipeline.Segmentation.Tests;

/// <summary>Bad dictionaries, user dictionaries and HMM models fail with a typed exception naming file, line and text.</summary>
public sealed class ResourceErrorTests : IDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("segmenter-errors-").FullName;

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    [Fact]
    public void LoadDictionary_MissingFile_NamesTheFile()
    {
        var path = Path.Combine(_directory, "missing.txt");
        var error = Assert.Throws<SegmentationResourceException>(() => PrefixDictionary.Load(path));
        Assert.Equal(path, error.SourceName);
        Assert.Contains(path, error.Message, StringComparison.Ordinal);
        Assert.Contains("not found", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void LoadDictionary_BadFrequency_NamesFileLineAndText()
    {
        var path = Write("dict.txt", "好 3 a\n手机 abc n\n");
        var error = Assert.Throws<InvalidDictionaryEntryException>(() => PrefixDictionary.Load(path));
        Assert.Equal(2, error.LineNumber);
        Assert.Equal("手机 abc n", error.LineText);
        Assert.Contains($"{path}:2", error.Message, StringComparison.Ordinal);
        Assert.Contains("abc", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void LoadDictionary_MissingFrequency_Rejected()
    {
        var path = Write("dict.txt", "好 3 a\n手机\n");
        var error = Assert.Throws<InvalidDictionaryEntryException>(() => PrefixDictionary.Load(path));
        Assert.Equal(2, error.LineNumber);
        Assert.Contains("missing frequency", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void LoadDictionary_TooManyFields_Rejected()
    {
        var path = Write("dict.txt", "好 3 a b\n");
        Assert.Equal(1, Assert.Throws<InvalidDictionaryEntryException>(() => PrefixDictionary.Load(path)).LineNumber);
    }

    [Fact]
    public void LoadDictionary_TruncatedInsideACharacter_ReportsInvalidUtf8Line()
    {
        var bytes = Encoding.UTF8.GetBytes("好 3 a\n手机 5 n\n电池 4 n\n");
        var path = Path.Combine(_directory, "truncated.txt");
        File.WriteAllBytes(path, bytes[..^10]); // keeps only the first byte of 电
        var error = Assert.Throws<InvalidDictionaryEntryException>(() => PrefixDictionary.Load(path));
        Assert.Equal(3, error.LineNumber);
        Assert.Contains("UTF-8", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void LoadDictionary_Empty_Rejected()
    {
        var path = Write("empty.txt", "\n\n");
        var error = Assert.Throws<SegmentationResourceException>(() => PrefixDictionary.Load(path));
        Assert.Contains("no words", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void LoadUserDictionary_BadLine_NamesLineAndLeavesDictionaryUnchanged()
    {
        var segmenter = new JiebaSegmenter(PrefixDictionary.Load(Write("dict.txt", "好 3 a\n")), HmmModel.LoadDefault());
        var path = Write("user.txt", "榴莲酥 20 n\n小花猫 x1\n");
        var error = Assert.Throws<InvalidDictionaryEntryException>(() => segmenter.LoadUserDictionary(path));
        Assert.Equal(2, error.LineNumber);
        Assert.Equal("小花猫 x1", error.LineText);
        Assert.Contains(path, error.Message, StringComparison.Ordinal);
        Assert.False(segmenter.Dictionary.ContainsWord("榴莲酥"));
    }

    [Fact]
    public void LoadUserDictionary_MissingFile_NamesTheFile()
    {
        var segmenter = new JiebaSegmenter(PrefixDictionary.Load(Write("dict.txt", "好 3 a\n")), HmmModel.LoadDefault());
        var path = Path.Combine(_directory, "nope.txt");
        Assert.Equal(path, Assert.Throws<SegmentationResourceException>(() => segmenter.LoadUserDictionary(path)).SourceName);
    }

    [Fact]
    public void LoadHmm_MissingFile_NamesTheFile()
    {
        var path = Path.Combine(_directory, "hmm_model.utf8");
        Assert.Equal(path, Assert.Throws<SegmentationResourceException>(() => HmmModel.Load(path)).SourceName);
    }

    [Fact]
    public void LoadHmm_Truncated_SaysWhatIsMissing()
    {
        var lines = EmbeddedModelLines();
        var path = Write("hmm.utf8", string.Join('\n', lines.Take(12)));
        var error = Assert.Throws<InvalidHmmModelException>(() => HmmModel.Load(path));
        Assert.Contains("truncated", error.Message, StringComparison.Ordinal);
        Assert.Contains(path, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void LoadHmm_BadNumber_NamesLine()
    {
        var lines = EmbeddedModelLines();
        var startLine = Array.FindIndex(lines, l => l.Length > 0 && l[0] != '#');
        lines[startLine] = "-0.26 -3.14e+100 oops -1.46";
        var path = Write("hmm.utf8", string.Join('\n', lines));
        var error = Assert.Throws<InvalidHmmModelException>(() => HmmModel.Load(path));
        Assert.Equal(startLine + 1, error.LineNumber);
        Assert.Contains("oops", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void LoadHmm_BadEmissionPair_NamesLine()
    {
        var lines = EmbeddedModelLines();
        var last = lines.Length - 1;
        while (lines[last].Length == 0)
        {
            last--;
        }

        lines[last] = "好:-1.0,坏-2.0";
        var path = Write("hmm.utf8", string.Join('\n', lines));
        var error = Assert.Throws<InvalidHmmModelException>(() => HmmModel.Load(path));
        Assert.Equal(last + 1, error.LineNumber);
        Assert.Contains("坏-2.0", error.Message, StringComparison.Ordinal);
    }

    private static string[] EmbeddedModelLines() => CppJiebaModelText.FromEmbeddedTables().Split('\n');

    private string Write(string name, string text)
    {
        var path = Path.Combine(_directory, name);
        File.WriteAllText(path, text, new UTF8Encoding(false));
        return path;
    }
}
