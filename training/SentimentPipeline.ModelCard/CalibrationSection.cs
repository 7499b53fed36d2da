using System.Globalization;
using System.Text.Json;

namespace SentimentPipeline.ModelCard;

/// <summary>
/// Renders whatever calibration figures a run recorded (an object with numbers, and lists of objects such as
/// reliability bins) as tables, so that the card follows metrics.json without knowing its calibration layout.
/// </summary>
internal static class CalibrationSection
{
    /// <summary>Where metrics.json may hold calibration figures, in order of preference.</summary>
    public static readonly string[][] Locations = [["test", "calibration"], ["calibration"]];

    public static void Write(Markdown card, MetricsDocument metrics)
    {
        card.Heading("Calibration");
        var location = Locations.FirstOrDefault(keys => metrics.TryGet(out _, keys));
        if (location is null)
        {
            card.Line("This training run's metrics.json has no calibration figures; the probabilities have not been checked against observed frequencies.");
            return;
        }

        var calibration = metrics.Get(location);
        card.Line($"From `{string.Join('.', location)}` of metrics.json (test split):").Line();
        if (calibration.ValueKind != JsonValueKind.Object)
        {
            card.Line($"`{Value(calibration)}`");
            return;
        }

        var scalars = calibration.EnumerateObject().Where(p => p.Value.ValueKind is not (JsonValueKind.Object or JsonValueKind.Array)).ToList();
        if (scalars.Count > 0)
        {
            card.Table(["figure", "value"], scalars.Select(p => (IReadOnlyList<string>)[p.Name, Value(p.Value)]));
        }

        // Per-split figures (ECE and NLL before and after scaling) sit one level down, e.g. "validation" and "test".
        foreach (var split in calibration.EnumerateObject().Where(p => p.Value.ValueKind == JsonValueKind.Object))
        {
            var figures = split.Value.EnumerateObject().Where(p => p.Value.ValueKind is not (JsonValueKind.Object or JsonValueKind.Array)).ToList();
            if (figures.Count > 0)
            {
                card.Line().Line($"`{split.Name}`:").Line();
                card.Table(["figure", "value"], figures.Select(p => (IReadOnlyList<string>)[p.Name, Value(p.Value)]));
            }
        }

        foreach (var list in calibration.EnumerateObject().Where(p => p.Value.ValueKind == JsonValueKind.Array && p.Value.GetArrayLength() > 0))
        {
            var rows = list.Value.EnumerateArray().ToList();
            var columns = rows.Where(r => r.ValueKind == JsonValueKind.Object).SelectMany(r => r.EnumerateObject().Select(p => p.Name)).Distinct().ToList();
            card.Line().Line($"`{list.Name}`:").Line();
            if (columns.Count == 0)
            {
                card.Line(string.Join(", ", rows.Select(Value)));
                continue;
            }

            card.Table(columns, rows.Select(r => (IReadOnlyList<string>)columns.Select(c => r.TryGetProperty(c, out var v) ? Value(v) : "").ToList()));
        }
    }

    private static string Value(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.Number when value.TryGetInt64(out var whole) => Markdown.Count(whole),
        JsonValueKind.Number => value.GetDouble().ToString("0.####", CultureInfo.InvariantCulture),
        JsonValueKind.String => value.GetString()!,
        _ => value.GetRawText(),
    };
}
