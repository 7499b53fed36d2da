using System.Globalization;
using System.Text.Json;
using SentimentPipeline.ModelBundle;
using SentimentPipeline.Prediction;

namespace SentimentPipeline.Models.Pretrained.Tests;

public sealed class PretrainedModelTests : IDisposable
{
    private readonly TemporaryDirectory _cache = new();

    public void Dispose() => _cache.Dispose();

    [Fact]
    public void LoadPretrained_TutorialSentences_PositiveThenNegative()
    {
        using var model = SentimentModel.LoadPretrained();

        var predictions = model.BatchPredictor.Predict(["商品质量相当不错,点赞", "什么破东西,简直没法使用"]);

        Assert.Equal([SentimentLabels.Positive, SentimentLabels.Negative], predictions.Select(p => p.Label));
        Assert.StartsWith(PretrainedModel.DefaultCacheDirectory, model.Directory);
    }

    // Issue: in a review whose only sentiment word is negative, that word has the most negative contribution.
    [Fact]
    public void Explain_ReviewWhoseOnlySentimentWordIsNegative_ThatWordPushesMostNegative()
    {
        using var model = SentimentModel.LoadPretrained();

        var explanation = model.Explain("这个手机很差");

        Assert.Equal(SentimentLabels.Negative, explanation.Prediction.Label);
        Assert.Equal("很差", explanation.Tokens.MinBy(t => t.Contribution)!.Token);
    }

    [Fact]
    public void Explain_TutorialPositiveSentence_PraiseWordPushesMostPositive()
    {
        using var model = SentimentModel.LoadPretrained();

        var explanation = model.Explain("商品质量相当不错,点赞");

        Assert.Equal(SentimentLabels.Positive, explanation.Prediction.Label);
        Assert.Equal("不错", explanation.Tokens.MaxBy(t => t.Contribution)!.Token);
    }

    [Fact]
    public void ExtractBundle_EmptyCache_WritesTheRepositoryBundleFiles()
    {
        var directory = PretrainedModel.ExtractBundle(_cache.Path);

        Assert.Equal(_cache.Path, Path.GetDirectoryName(directory));
        foreach (var name in new[] { ModelBundleFiles.Model, ModelBundleFiles.Vocabulary, ModelBundleFiles.Metrics })
        {
            Assert.Equal(File.ReadAllBytes(Path.Combine(PretrainedPaths.Bundle, name)), File.ReadAllBytes(Path.Combine(directory, name)));
        }
    }

    [Fact]
    public void ExtractBundle_Twice_SameDirectoryAndFilesUntouched()
    {
        var first = PretrainedModel.ExtractBundle(_cache.Path);
        var written = File.GetLastWriteTimeUtc(Path.Combine(first, ModelBundleFiles.Model));
        File.SetLastWriteTimeUtc(Path.Combine(first, ModelBundleFiles.Model), written.AddHours(-1));

        var second = PretrainedModel.ExtractBundle(_cache.Path);

        Assert.Equal(first, second);
        Assert.Equal(written.AddHours(-1), File.GetLastWriteTimeUtc(Path.Combine(second, ModelBundleFiles.Model)));
        Assert.Single(Directory.GetDirectories(_cache.Path));
    }

    [Fact]
    public void ExtractBundle_DamagedFileInCache_RewrittenFromTheEmbeddedBundle()
    {
        var directory = PretrainedModel.ExtractBundle(_cache.Path);
        var vocabulary = Path.Combine(directory, ModelBundleFiles.Vocabulary);
        File.WriteAllText(vocabulary, "[\"<pad>\"");

        PretrainedModel.ExtractBundle(_cache.Path);

        Assert.Equal(File.ReadAllBytes(Path.Combine(PretrainedPaths.Bundle, ModelBundleFiles.Vocabulary)), File.ReadAllBytes(vocabulary));
        using var model = SentimentModel.Load(directory);
        Assert.Equal(SentimentLabels.Positive, model.BatchPredictor.Predict("商品质量相当不错,点赞").Label);
    }

    [Fact]
    public void Summary_EmbeddedMetrics_CorpusAndTestAccuracyOfTheRepositoryBundle()
    {
        using var metrics = JsonDocument.Parse(File.ReadAllBytes(Path.Combine(PretrainedPaths.Bundle, ModelBundleFiles.Metrics)));
        var corpusPath = metrics.RootElement.GetProperty("corpus").GetProperty("path").GetString()!;

        var summary = PretrainedModel.Summary;

        Assert.Equal(Path.GetFileName(corpusPath), summary.CorpusFile);
        Assert.Equal(metrics.RootElement.GetProperty("corpus").GetProperty("sha256").GetString(), summary.CorpusSha256);
        Assert.Equal(metrics.RootElement.GetProperty("test").GetProperty("count").GetInt32(), summary.TestReviews);
        Assert.Equal(metrics.RootElement.GetProperty("test").GetProperty("accuracy").GetDouble(), summary.TestAccuracy);
        Assert.Equal(PretrainedPaths.RepositoryVersion, summary.Version);
        Assert.Equal(string.Create(CultureInfo.InvariantCulture,
            $"pretrained model {PretrainedPaths.RepositoryVersion} (trained on {summary.CorpusFile}; test accuracy {summary.TestAccuracy:F3} on {summary.TestReviews:N0} reviews)"),
            summary.ToString());
    }
}
