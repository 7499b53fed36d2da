using SentimentPipeline.Preprocessing.Corpus;

namespace SentimentPipeline.TestSupport;

/// <summary>The review corpora beside the repository (<c>../shared/data</c>), read by the product's own <see cref="CorpusReader"/>.</summary>
public static class SharedCorpora
{
    /// <summary>The tutorial corpus (evaluation,label; 4,310 reviews).</summary>
    public const string Tutorial = "corpus.csv";

    /// <summary>The ten-category corpus (cat,label,review; 62,773 reviews and one empty row).</summary>
    public const string OnlineShopping = "online_shopping_10_cats.csv";

    /// <summary>The full path of one corpus; <see cref="FileNotFoundException"/> when ../shared/data lacks it.</summary>
    public static string PathOf(string fileName)
    {
        ArgumentException.ThrowIfNullOrEmpty(fileName);
        var path = Path.Combine(RepositoryPaths.SharedData, fileName);
        return File.Exists(path)
            ? path
            : throw new FileNotFoundException($"Review corpus {path} is missing: the tests read ../shared/data beside the repository.", path);
    }

    /// <summary>
    /// The text of every review of the corpus, in file order. Rows the reader rejects (the one empty review of the
    /// ten-category corpus) are left out: there is no text in them to segment or score.
    /// </summary>
    public static IReadOnlyList<string> ReviewTexts(string fileName) =>
        [.. CorpusReader.Read(PathOf(fileName), new CorpusReadOptions(SkipInvalidRows: true)).Reviews.Select(review => review.Text)];
}
