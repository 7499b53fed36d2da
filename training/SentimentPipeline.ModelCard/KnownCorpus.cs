namespace SentimentPipeline.ModelCard;

/// <summary>The corpora whose provenance this project knows, recognised by the SHA-256 that metrics.json records.</summary>
/// <param name="Sha256">SHA-256 of the corpus file.</param>
/// <param name="Provenance">Where the corpus comes from and what it holds (Markdown).</param>
public sealed record KnownCorpus(string Sha256, string Provenance)
{
    private const string Collection = "the [ChineseNlpCorpus](https://github.com/SophonPlus/ChineseNlpCorpus) collection";

    /// <summary>Every corpus known here.</summary>
    public static IReadOnlyList<KnownCorpus> All { get; } =
    [
        new("f6c5b724122d8547b700ac4524898eb7e28abbee63f798e95a8faa408829afdb",
            $"the public `online_shopping_10_cats` data set of {Collection}, unchanged: 62,774 reviews of ten kinds of " +
            "products and services (书籍, 平板, 手机, 水果, 洗发水, 热水器, 蒙牛, 衣服, 计算机, 酒店) labelled 1/0. Research use; cite the collection."),
        new("36c066cc9f3fc0627f76a82d6b659bb5497bb915315d05df517c894f156ce866",
            $"a seeded random sample of the 平板, 手机, 计算机 and 热水器 rows of `online_shopping_10_cats` ({Collection}): 4,310 " +
            "electronics reviews (1,908 positive, 2,402 negative) in the reference tutorial's `evaluation,label` format. Research use; cite the collection."),
        new("8ca5ea3cee89fa0757ea9a13958d9e0448b35d0562bfb5a31ce5fbc9499cd881",
            "this project's built-in `training/data/default-corpus.csv`: 294 short reviews written for the project. Far too small for a useful model."),
    ];

    /// <summary>The provenance of the corpus with this SHA-256, or a note that it is not one of the known corpora.</summary>
    public static string Describe(string sha256)
        => All.FirstOrDefault(c => string.Equals(c.Sha256, sha256, StringComparison.OrdinalIgnoreCase))?.Provenance
           ?? "a corpus that is not one of this project's known ones (see its SHA-256).";
}
