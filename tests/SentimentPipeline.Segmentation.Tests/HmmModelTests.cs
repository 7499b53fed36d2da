using System.Text;
using SentimentPipeline.Segmentation;

namespace SentimentPipeline.Segmentation.Tests;

public sealed class HmmModelTests
{
    private static readonly string[] Sentences = ["张小花觉得这家店的榴莲酥特别好吃", "小王去北京大学读研究生了", "质量不错👍👍下次还来，物流也快"];

    [Fact]
    public void Load_ColumnsInAnotherOrder_StatesMappedByName()
    {
        // The same model with its states listed as S, M, E, B: a reader that assumed B, E, M, S by position would
        // tag differently.
        var permuted = Permute(ReadEmbedded(), ["S", "M", "E", "B"]);
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

    private static string ReadEmbedded()
    {
        using var stream = typeof(HmmModel).Assembly.GetManifestResourceStream(HmmModel.EmbeddedResourceName)!;
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }

    /// <summary>Rewrites cppjieba's model (columns B, E, M, S) with the columns in <paramref name="order"/>.</summary>
    private static string Permute(string model, string[] order)
    {
        string[] standard = ["B", "E", "M", "S"];
        var data = model.Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0 && l[0] != '#').ToArray();
        var index = order.Select(name => Array.IndexOf(standard, name)).ToArray();
        string Row(string line) => string.Join(' ', index.Select(i => line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[i]));

        var text = new StringBuilder();
        for (var i = 0; i < order.Length; i++)
        {
            text.Append($"#{i}:{order[i]}\n");
        }

        text.Append("#prob_start\n").Append(Row(data[0])).Append('\n');
        text.Append("#prob_trans\n");
        foreach (var i in index)
        {
            text.Append(Row(data[1 + i])).Append('\n');
        }

        text.Append("#prob_emit\n");
        foreach (var i in index)
        {
            text.Append('#').Append(standard[i]).Append('\n').Append(data[5 + i]).Append('\n');
        }

        return text.ToString();
    }
}
