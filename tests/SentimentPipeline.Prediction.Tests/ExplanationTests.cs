using SentimentPipeline.TestSupport;

namespace SentimentPipeline.Prediction.Tests;

/// <summary><see cref="SentimentModel.Explain"/>: occlusion contributions of each token, on the tiny trained model.</summary>
[Collection(ModelCollection.Name)]
public sealed class ExplanationTests(ModelFixture fixture)
{
    private SentimentModel Model => fixture.Model;

    [Theory]
    [InlineData("这个东西很差", "很差")]
    [InlineData("屏幕很差", "很差")]
    [InlineData("这个电脑很差", "很差")]
    [InlineData("这个热水器很差", "很差")]
    public void Explain_OnlySentimentWordNegative_ThatWordMostNegative(string review, string negativeWord)
    {
        var explanation = Model.Explain(review);

        var mostNegative = explanation.Tokens.MinBy(t => t.Contribution)!;
        Assert.Equal(negativeWord, mostNegative.Token);
        Assert.True(mostNegative.Contribution < 0, $"contribution {mostNegative.Contribution}");
    }

    [Fact]
    public void Explain_Contributions_WholeMinusReviewWithoutToken()
    {
        var explanation = Model.Explain(SampleReviews.TutorialNegative);

        var tokens = Model.Encoder.Tokenize(SampleReviews.TutorialNegative);
        Assert.Equal(tokens, explanation.Tokens.Select(t => t.Token));
        var whole = Model.BatchPredictor.Predict(SampleReviews.TutorialNegative);
        Assert.Equal(whole.Positive, explanation.Prediction.Positive);
        for (var i = 0; i < tokens.Count; i++)
        {
            var without = Model.BatchPredictor.PredictEncoded([Model.Encoder.EncodeTokens([.. tokens.Where((_, j) => j != i)])])[0];
            Assert.Equal(whole.Positive - without.Positive, explanation.Tokens[i].Contribution);
        }
    }

    [Fact]
    public void Explain_LongerThanMaxLength_OnlyReadTokensAndCountOfIgnored()
    {
        var review = string.Concat(Enumerable.Repeat("好 ", Model.Metadata.MaxLength + 5));

        var explanation = Model.Explain(review);

        Assert.Equal(Model.Metadata.MaxLength, explanation.Tokens.Count);
        Assert.Equal(5, explanation.IgnoredTokens);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    public void Explain_NoTokens_PredictionAndNoContributions(string? review)
    {
        var explanation = Model.Explain(review);

        Assert.Empty(explanation.Tokens);
        Assert.Equal(Model.BatchPredictor.Predict(review).Positive, explanation.Prediction.Positive);
    }
}
