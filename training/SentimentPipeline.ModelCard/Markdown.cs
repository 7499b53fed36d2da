using System.Globalization;
using System.Text;

namespace SentimentPipeline.ModelCard;

/// <summary>Markdown text with invariant number formats (four decimals for rates, thousands separators for counts).</summary>
internal sealed class Markdown
{
    private readonly StringBuilder _text = new();

    public static string Rate(double value) => value.ToString("F4", CultureInfo.InvariantCulture);

    public static string Count(long value) => value.ToString("N0", CultureInfo.InvariantCulture);

    public static string Cell(string text) => text.Replace("|", "\\|", StringComparison.Ordinal).ReplaceLineEndings(" ");

    public Markdown Line(string text = "")
    {
        _text.Append(text).Append('\n');
        return this;
    }

    public Markdown Heading(string text) => Line().Line($"## {text}").Line();

    public Markdown Table(IReadOnlyList<string> header, IEnumerable<IReadOnlyList<string>> rows)
    {
        Line($"| {string.Join(" | ", header.Select(Cell))} |");
        Line($"|{string.Concat(header.Select(_ => " --- |"))}");
        foreach (var row in rows)
        {
            Line($"| {string.Join(" | ", row.Select(Cell))} |");
        }

        return this;
    }

    public Markdown Code(string language, string code) => Line($"```{language}").Line(code.TrimEnd('\n')).Line("```");

    public override string ToString() => _text.ToString();
}
