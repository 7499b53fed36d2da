using SentimentPipeline.Preprocessing.Corpus;
using SentimentPipeline.TestSupport;

namespace SentimentPipeline.Preprocessing.Tests;

/// <summary>The real corpora beside the repository (../shared/data), with their real quirks.</summary>
public sealed class SharedCorpusTests(SegmenterFixture fixture) : IClassFixture<SegmenterFixture>
{
    [Trait("Category", "Slow")] // reads the whole online_shopping corpus
    [Fact]
    public void Read_OnlineShopping_StrictRunStopsAtTheEmptyReview()
    {
        var error = Assert.Throws<CorpusFormatException>(() => CorpusReader.Read(SharedCorpora.PathOf(SharedCorpora.OnlineShopping)));

        Assert.Equal((36427, "review", CorpusProblemKind.EmptyText), (error.Line, error.Field, error.Problem.Kind));
    }

    [Trait("Category", "Slow")] // reads the whole online_shopping corpus
    [Fact]
    public void Read_OnlineShoppingWithSkip_ReadsAllOtherRowsAndCountsTheEmptyOne()
    {
        var corpus = CorpusReader.Read(SharedCorpora.PathOf(SharedCorpora.OnlineShopping), new CorpusReadOptions(SkipInvalidRows: true));

        Assert.Same(CorpusFormat.CategoryLabelReview, corpus.Format);
        Assert.Equal(62773, corpus.Reviews.Count);
        Assert.Equal(31727, corpus.Reviews.Count(r => r.Label == 1));
        Assert.Equal(10, corpus.Reviews.Select(r => r.Category).Distinct().Count());
        Assert.Equal(36427, Assert.Single(corpus.SkippedRows).Line);
    }

    [Fact]
    public void Encode_OnlineShoppingFirstReview_IgnoresItsStrayByteOrderMark()
    {
        var first = CorpusReader.Read(SharedCorpora.PathOf(SharedCorpora.OnlineShopping), new CorpusReadOptions(SkipInvalidRows: true)).Reviews[0];
        var encoder = new TextEncoder(fixture.Segmenter, new Vocabulary(["做", "父母"]));

        Assert.StartsWith("\uFEFF做父母", first.Text, StringComparison.Ordinal);
        Assert.Equal(encoder.Tokenize(first.Text[1..]), encoder.Tokenize(first.Text));
        Assert.DoesNotContain(encoder.Tokenize(first.Text), t => t.Contains('\uFEFF', StringComparison.Ordinal));
    }

    [Fact]
    public void Read_TutorialCorpus_ReadsEveryRow()
    {
        var corpus = CorpusReader.Read(SharedCorpora.PathOf(SharedCorpora.Tutorial));

        Assert.Same(CorpusFormat.EvaluationLabel, corpus.Format);
        Assert.Equal((4310, 1908), (corpus.Reviews.Count, corpus.Reviews.Count(r => r.Label == 1)));
    }
}
