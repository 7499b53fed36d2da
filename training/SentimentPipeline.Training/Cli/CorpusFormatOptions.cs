using SentimentPipeline.Preprocessing.Corpus;

namespace SentimentPipeline.Training.Cli;

/// <summary>
/// Turns the corpus-format command-line options into a <see cref="CorpusFormat"/>: a preset by name, a preset with
/// some columns or labels overridden, or a format given entirely by columns and labels. Null means "detect".
/// </summary>
public static class CorpusFormatOptions
{
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
