using System.Globalization;
using System.Text;
using System.Text.Json;
using SentimentPipeline.Segmentation;

namespace SentimentPipeline.Segmentation.Tests;

/// <summary>
/// The embedded HMM tables (Python jieba's JSON) rewritten in cppjieba's <c>hmm_model.utf8</c> format, with the
/// columns in any order, for the tests of that format's reader.
/// </summary>
public static class CppJiebaModelText
{
    private static readonly string[] Standard = ["B", "E", "M", "S"];

    public static string FromEmbeddedTables(IReadOnlyList<string>? columnOrder = null)
    {
        var order = columnOrder ?? Standard;
        using var start = ReadEmbedded(0);
        using var transitions = ReadEmbedded(1);
        using var emissions = ReadEmbedded(2);
        var text = new StringBuilder();
        for (var i = 0; i < order.Count; i++)
        {
            text.Append(CultureInfo.InvariantCulture, $"#{i}:{order[i]}\n");
        }

        text.Append("#prob_start\n").AppendJoin(' ', order.Select(s => Number(start.RootElement.GetProperty(s)))).Append('\n');
        text.Append("#prob_trans\n");
        foreach (var from in order)
        {
            var row = transitions.RootElement.GetProperty(from);
            text.AppendJoin(' ', order.Select(to => row.TryGetProperty(to, out var p) ? Number(p) : "-3.14e+100")).Append('\n');
        }

        text.Append("#prob_emit\n");
        foreach (var state in order)
        {
            text.Append('#').Append(state).Append('\n')
                .AppendJoin(',', emissions.RootElement.GetProperty(state).EnumerateObject().Select(e => $"{e.Name}:{Number(e.Value)}"))
                .Append('\n');
        }

        return text.ToString();
    }

    private static string Number(JsonElement value) => value.GetDouble().ToString("R", CultureInfo.InvariantCulture);

    private static JsonDocument ReadEmbedded(int table)
    {
        using var stream = typeof(HmmModel).Assembly.GetManifestResourceStream(HmmModel.EmbeddedResourceNames[table])!;
        return JsonDocument.Parse(stream);
    }
}
