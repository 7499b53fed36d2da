using SentimentPipeline.Preprocessing.Corpus;

namespace SentimentPipeline.Preprocessing.Tests;

/// <summary>The real corpora beside the repository (../shared/data), with their real quirks.</summary>
public sealed class SharedCorpusTests(SegmenterFixture fixture) : IClassFixture<SegmenterFixture>
{
    private static readonly string DataDirectory = FindDataDirectory();

    [Fact]
    public void Read_OnlineShopping_StrictRunStopsAtTheEmptyReview()
    {
        var error = Assert.Throws<CorpusFormatException>(() => CorpusReader.Read(Path.Combine(DataDirectory, "online_shopping_10_cats.csv")));

        Assert.Equal((36427, "review", CorpusProblemKind.EmptyText), (error.Line, error.Field, error.Problem.Kind));
    }

    [Fact]
    public void Read_OnlineShoppingWithSkip_ReadsAllOtherRowsAndCountsTheEmptyOne()
    {
        var corpus = CorpusReader.Read(Path.Combine(DataDirectory, "online_shopping_10_cats.csv"), new CorpusReadOptions(SkipInvalidRows: true));

        Assert.Same(CorpusFormat.CategoryLabelReview, corpus.Format);
        Assert.Equal(62773, corpus.Reviews.Count);
        Assert.Equal(31727, corpus.Reviews.Count(r => r.Label == 1));
        Assert.Equal(10, corpus.Reviews.Select(r => r.Category).Distinct().Count());
        Assert.Equal(36427, Assert.Single(corpus.SkippedRows).Line);
    }

    [Fact]
    public void Encode_OnlineShoppingFirstReview_IgnoresItsStrayByteOrderMark()
    {
        var first = CorpusReader.Read(Path.Combine(DataDirectory, "online_shopping_10_cats.csv"), new CorpusReadOptions(SkipInvalidRows: true)).Reviews[0];
        var encoder = new TextEncoder(fixture.Segmenter, new Vocabulary(["做", "父母"]));

        Assert.StartsWith("\uFEFF做父母", first.Text, StringComparison.Ordinal);
        Assert.Equal(encoder.Tokenize(first.Text[1..]), encoder.Tokenize(first.Text));
        Assert.DoesNotContain(encoder.Tokenize(first.Text), t => t.Contains('\uFEFF', StringComparison.Ordinal));
    }

    [Fact]
    public void Read_TutorialCorpus_ReadsEveryRow()
    {
        var corpus = CorpusReader.Read(Path.Combine(DataDirectory, "corpus.csv"));

        Assert.Same(CorpusFormat.EvaluationLabel, corpus.Format);
        Assert.Equal((4310, 1908), (corpus.Reviews.Count, corpus.Reviews.Count(r => r.Label == 1)));
    }

    private static string FindDataDirectory()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            var candidate = Path.Combine(directory.FullName, "shared", "data");
            if (File.Exists(Path.Combine(candidate, "online_shopping_10_cats.csv")))
            {
                return candidate;
            }
        }

        throw new DirectoryNotFoundException($"shared/data with online_shopping_10_cats.csv not found above {AppContext.BaseDirectory} (it lives beside the repository).");
    }
}
