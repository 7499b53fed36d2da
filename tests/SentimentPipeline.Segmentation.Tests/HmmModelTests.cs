using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using SentimentPipeline.Segmentation;
using SentimentPipeline.TestSupport;

namespace SentimentPipeline.Segmentation.Tests;

public sealed class HmmModelTests
{
    private static readonly string[] Sentences = ["张小花觉得这家店的榴莲酥特别好吃", "小王去北京大学读研究生了", "质量不错👍👍下次还来，物流也快"];

    [Fact]
    public void Load_ColumnsInAnotherOrder_StatesMappedByName()
    {
        // The same model with its states listed as S, M, E, B: a reader that assumed B, E, M, S by position would
        // tag differently.
        var permuted = CppJiebaModelText.FromEmbeddedTables(["S", "M", "E", "B"]);
        var model = HmmModel.Load(new MemoryStream(Encoding.UTF8.GetBytes(permuted)), "permuted.utf8");
        var dictionary = PrefixDictionary.LoadDefault();
        var reordered = new JiebaSegmenter(dictionary, model);
        var standard = new JiebaSegmenter(dictionary, HmmModel.LoadDefault());

        foreach (var sentence in Sentences)
        {
            Assert.Equal(standard.Cut(sentence), reordered.Cut(sentence));
        }

        Assert.Equal(["小王", "去", "北京大学", "读", "研究生", "了"], reordered.Cut(Sentences[1]));
    }

    [Fact]
    public void Load_DataBeforeStateHeader_Rejected()
    {
        var error = Assert.Throws<InvalidHmmModelException>(() =>
            HmmModel.Load(new MemoryStream("-0.1 -0.2 -0.3 -0.4\n"u8.ToArray()), "headless.utf8"));
        Assert.Equal(1, error.LineNumber);
        Assert.Contains("state header", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void LoadJson_StatesInAnotherOrder_SameTokensAsEmbedded()
    {
        // Python's tables with every object's keys reversed: states are found by name, not by position.
        using var directory = new TemporaryDirectory();
        var paths = HmmModel.EmbeddedResourceNames.Select((name, i) =>
        {
            var path = Path.Combine(directory.Path, $"table{i}.json");
            File.WriteAllText(path, Reverse(JsonNode.Parse(ReadEmbedded(name))!).ToJsonString());
            return path;
        }).ToArray();

        var model = HmmModel.LoadJson(paths[0], paths[1], paths[2]);
        var reordered = new JiebaSegmenter(PrefixDictionary.LoadDefault(), model);

        Assert.Equal(["小王", "去", "北京大学", "读", "研究生", "了"], reordered.Cut(Sentences[1]));
        Assert.Equal(["张", "小花", "觉得", "这家", "店", "的", "榴莲", "酥", "特别", "好吃"], reordered.Cut(Sentences[0]));
    }

    [Fact]
    public void LoadJson_StateMissing_NamesFileAndState()
    {
        using var directory = new TemporaryDirectory();
        var start = Write(directory, "start.json", """{"B": -0.26, "E": -3.14e+100, "S": -1.46}""");
        var other = Write(directory, "trans.json", ReadEmbedded(HmmModel.EmbeddedResourceNames[1]));

        var error = Assert.Throws<InvalidHmmModelException>(() => HmmModel.LoadJson(start, other, other));

        Assert.Equal(start, error.SourceName);
        Assert.Equal("no entry for state M (expected B, E, M and S)", error.Reason);
    }

    [Fact]
    public void LoadJson_BrokenJson_NamesLine()
    {
        using var directory = new TemporaryDirectory();
        var start = Write(directory, "start.json", "{\n  \"B\": -0.26,\n  \"E\": oops\n}");

        var error = Assert.Throws<InvalidHmmModelException>(() => HmmModel.LoadJson(start, start, start));

        Assert.Equal(3, error.LineNumber);
        Assert.Equal("  \"E\": oops", error.LineText);
    }

    [Fact]
    public void LoadJson_PositiveProbability_NamesKey()
    {
        using var directory = new TemporaryDirectory();
        var start = Write(directory, "start.json", """{"B": -0.26, "E": -3.14e+100, "M": 0.5, "S": -1.46}""");

        var error = Assert.Throws<InvalidHmmModelException>(() => HmmModel.LoadJson(start, start, start));

        Assert.Equal("\"M\": 0.5 is not a log-probability (a number ≤ 0)", error.Reason);
    }

    private static string ReadEmbedded(string name)
    {
        using var stream = typeof(HmmModel).Assembly.GetManifestResourceStream(name)!;
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }

    private static JsonNode Reverse(JsonNode node) => node is JsonObject table
        ? new JsonObject(table.Reverse().Select(p => KeyValuePair.Create(p.Key, (JsonNode?)Reverse(p.Value!.DeepClone()))))
        : node.DeepClone();

    private static string Write(TemporaryDirectory directory, string name, string text)
    {
        var path = Path.Combine(directory.Path, name);
        File.WriteAllText(path, text, new UTF8Encoding(false));
        return path;
    }
}
