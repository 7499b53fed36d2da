using System.CommandLine;
using SentimentPipeline.Preprocessing.Corpus;

namespace SentimentPipeline.Training.Cli;

/// <summary>
/// The corpus-format command-line options (<c>--format</c>, the column and label options and
/// <c>--skip-invalid-rows</c>) shared by the commands that read a corpus, and their resolution into a
/// <see cref="CorpusFormat"/>: a preset by name, a preset with some columns or labels overridden, or a format given
/// entirely by columns and labels. Null means "detect".
/// </summary>
public sealed class CorpusFormatOptions
{
    private readonly Option<string?> format = new("--format") { Description = $"Corpus format preset ({string.Join("; ", CorpusFormat.Presets.Select(p => p.Name))}); detected from the header when omitted." };
    private readonly Option<string?> textColumn = new("--text-column") { Description = "Header of the review text column (custom format; overrides the preset's)." };
    private readonly Option<string?> labelColumn = new("--label-column") { Description = "Header of the label column (custom format)." };
    private readonly Option<string?> categoryColumn = new("--category-column") { Description = "Header of the category column (custom format; enables per-category accuracy)." };
    private readonly Option<string?> positiveLabels = new("--positive-labels") { Description = "Comma-separated label values meaning positive (custom format), e.g. 'pos,好评'." };
    private readonly Option<string?> negativeLabels = new("--negative-labels") { Description = "Comma-separated label values meaning negative (custom format)." };
    private readonly Option<bool> skipInvalidRows = new("--skip-invalid-rows") { Description = "Skip invalid rows (empty text, unknown label, broken quote, wrong column count) and count them in the report instead of failing." };

    /// <summary>Adds the options to <paramref name="command"/>.</summary>
    public void AddTo(Command command)
    {
        ArgumentNullException.ThrowIfNull(command);
        foreach (var option in new Option[] { format, textColumn, labelColumn, categoryColumn, positiveLabels, negativeLabels, skipInvalidRows })
        {
            command.Add(option);
        }
    }

    /// <summary>Resolves the parsed options; throws <see cref="ArgumentException"/> naming what is missing or unknown.</summary>
    /// <param name="result">Parse result of a command the options were added to.</param>
    public CorpusFormat? Resolve(ParseResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        return Resolve(result.GetValue(format), result.GetValue(textColumn), result.GetValue(labelColumn), result.GetValue(categoryColumn), result.GetValue(positiveLabels), result.GetValue(negativeLabels));
    }

    /// <summary>Whether invalid rows are skipped (and counted) instead of failing.</summary>
    /// <param name="result">Parse result of a command the options were added to.</param>
    public bool SkipInvalidRows(ParseResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        return result.GetValue(skipInvalidRows);
    }

    /// <summary>Resolves the options; throws <see cref="ArgumentException"/> naming what is missing or unknown.</summary>
    /// <param name="preset">Preset name, e.g. <c>cat,label,review</c>.</param>
    /// <param name="textColumn">Header of the text column.</param>
    /// <param name="labelColumn">Header of the label column.</param>
    /// <param name="categoryColumn">Header of the category column.</param>
    /// <param name="positiveLabels">Comma-separated positive label values.</param>
    /// <param name="negativeLabels">Comma-separated negative label values.</param>
    public static CorpusFormat? Resolve(string? preset, string? textColumn, string? labelColumn, string? categoryColumn, string? positiveLabels, string? negativeLabels)
    {
        var basis = preset is null ? null : CorpusFormat.FromName(preset)
            ?? throw new ArgumentException($"Unknown format '{preset}'; known: {string.Join("; ", CorpusFormat.Presets.Select(p => p.Name))}.", nameof(preset));
        if (textColumn is null && labelColumn is null && categoryColumn is null && positiveLabels is null && negativeLabels is null)
        {
            return basis;
        }

        return new CorpusFormat(
            "custom",
            textColumn ?? basis?.TextColumn ?? throw Missing("--text-column"),
            labelColumn ?? basis?.LabelColumn ?? throw Missing("--label-column"),
            categoryColumn ?? basis?.CategoryColumn,
            Split(positiveLabels) ?? basis?.PositiveLabels ?? throw Missing("--positive-labels"),
            Split(negativeLabels) ?? basis?.NegativeLabels ?? throw Missing("--negative-labels"));
    }

    private static string[]? Split(string? labels) =>
        labels?.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries) is { Length: > 0 } values ? values
        : labels is null ? null
        : throw new ArgumentException($"'{labels}' names no label value.", nameof(labels));

    private static ArgumentException Missing(string option) =>
        new($"{option} is needed when the columns are given without a --format preset to start from.");
}
