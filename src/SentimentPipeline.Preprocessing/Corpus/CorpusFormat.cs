namespace SentimentPipeline.Preprocessing.Corpus;

/// <summary>
/// Which columns of a review CSV hold the text, the label and (optionally) the category, and which label values
/// mean positive or negative. Column names match the header case-insensitively; label values match after trimming.
/// </summary>
/// <param name="Name">Short name used in messages and reports.</param>
/// <param name="TextColumn">Header name of the review text column.</param>
/// <param name="LabelColumn">Header name of the label column.</param>
/// <param name="CategoryColumn">Header name of the category column, or null when the corpus has none.</param>
/// <param name="PositiveLabels">Label values meaning positive (model class 1).</param>
/// <param name="NegativeLabels">Label values meaning negative (model class 0).</param>
public sealed record CorpusFormat(
    string Name,
    string TextColumn,
    string LabelColumn,
    string? CategoryColumn,
    IReadOnlyList<string> PositiveLabels,
    IReadOnlyList<string> NegativeLabels)
{
    /// <summary>The tutorial's format: header <c>evaluation,label</c>, labels <c>正面</c> / <c>负面</c>.</summary>
    public static CorpusFormat EvaluationLabel { get; } = new("evaluation,label", "evaluation", "label", null, ["正面"], ["负面"]);

    /// <summary>The common format: header <c>label,review</c>, labels <c>1</c> / <c>0</c>.</summary>
    public static CorpusFormat LabelReview { get; } = new("label,review", "review", "label", null, ["1"], ["0"]);

    /// <summary>online_shopping_10_cats: header <c>cat,label,review</c>, labels <c>1</c> / <c>0</c>, category <c>cat</c>.</summary>
    public static CorpusFormat CategoryLabelReview { get; } = new("cat,label,review", "review", "label", "cat", ["1"], ["0"]);

    /// <summary>The presets, most specific first (the order <see cref="Detect"/> tries them in).</summary>
    public static IReadOnlyList<CorpusFormat> Presets { get; } = [CategoryLabelReview, EvaluationLabel, LabelReview];

    /// <summary>Finds the preset whose columns all appear in <paramref name="header"/>; null when none fits.</summary>
    public static CorpusFormat? Detect(IReadOnlyList<string> header)
    {
        ArgumentNullException.ThrowIfNull(header);
        return Presets.FirstOrDefault(p => p.RequiredColumns.All(c => header.Any(h => string.Equals(h.Trim(), c, StringComparison.OrdinalIgnoreCase))));
    }

    /// <summary>Finds a preset by its <see cref="Name"/> (e.g. <c>cat,label,review</c>); null when unknown.</summary>
    public static CorpusFormat? FromName(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        return Presets.FirstOrDefault(p => string.Equals(p.Name, name.Trim(), StringComparison.OrdinalIgnoreCase));
    }

    /// <summary>The columns a file must have: text, label and category when set.</summary>
    public IReadOnlyList<string> RequiredColumns => CategoryColumn is null ? [TextColumn, LabelColumn] : [CategoryColumn, LabelColumn, TextColumn];

    /// <summary>Maps a raw label value to 1 (positive) or 0 (negative); null when it is neither.</summary>
    public int? MapLabel(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        var trimmed = value.Trim();
        return PositiveLabels.Contains(trimmed, StringComparer.Ordinal) ? 1
            : NegativeLabels.Contains(trimmed, StringComparer.Ordinal) ? 0
            : null;
    }
}
