using System.Text;
using SentimentPipeline.Preprocessing;
using SentimentPipeline.TestSupport;

namespace SentimentPipeline.Prediction.Tests;

/// <summary>Awkward input has a defined result, the same through every path.</summary>
[Collection(ModelCollection.Name)]
public sealed class BadInputTests(ModelFixture fixture)
{
    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("\t\r\n \u3000")]
    [InlineData(null)]
    public void Predict_EmptyWhitespaceOrNull_ScoredAsOneUnknownToken(string? text)
    {
        var encoded = fixture.Model.Encoder.Encode(text ?? string.Empty);
        Assert.Equal(1, encoded.Length);
        Assert.Equal(Vocabulary.UnkId, encoded.Ids[0]);

        var expected = fixture.Model.BatchPredictor.Predict(string.Empty);
        AssertSameEverywhere(text, expected);
    }

    [Trait("Category", "Slow")] // segments a 1 MB review
    [Fact]
    public void Predict_OneMegabyteReview_TruncatedToMaxLengthLikeItsOpening()
    {
        var builder = new StringBuilder(1_000_000);
        while (builder.Length < 1_000_000)
        {
            builder.Append(fixture.Reviews[builder.Length % fixture.Reviews.Count].Text).Append('。');
        }

        var huge = builder.ToString(0, 1_000_000);
        Assert.Equal(fixture.Model.Encoder.MaxLength, fixture.Model.Encoder.Encode(huge).Length);

        // Only the first MaxLength tokens count, so the review scores exactly like its first few thousand characters.
        var opening = fixture.Model.BatchPredictor.Predict(huge[..5_000]);
        AssertSameEverywhere(huge, opening);
    }

    [Fact]
    public void Predict_EmojiOnly_DefinedPredictionFromUnknownTokens()
    {
        const string emoji = "😀😀👍🎉";
        var encoded = fixture.Model.Encoder.Encode(emoji);
        Assert.InRange(encoded.Length, 1, fixture.Model.Encoder.MaxLength);
        Assert.All(encoded.Ids.Take(encoded.Length), id => Assert.Equal(Vocabulary.UnkId, id));

        AssertSameEverywhere(emoji, fixture.Model.BatchPredictor.Predict(emoji));
    }

    [Fact]
    public void Predict_BrokenSurrogates_ScoredAsReplacementCharacter()
    {
        var broken = "好\uD800评\uDC00";
        var replaced = "好\uFFFD评\uFFFD";
        Assert.Equal(fixture.Model.Encoder.Encode(replaced).Ids, fixture.Model.Encoder.Encode(broken).Ids);

        AssertSameEverywhere(broken, fixture.Model.BatchPredictor.Predict(replaced));
    }

    [Fact]
    public void Predict_NonChineseText_DefinedPredictionSameEverywhere()
    {
        const string english = "This product is GREAT, 5 stars!";
        var encoded = fixture.Model.Encoder.Encode(english);
        Assert.InRange(encoded.Length, 1, fixture.Model.Encoder.MaxLength);

        AssertSameEverywhere(english, fixture.Model.BatchPredictor.Predict(english));
    }

    [Fact]
    public void BatchPredict_NullList_ThrowsArgumentNull()
    {
        Assert.Throws<ArgumentNullException>(() => fixture.Model.BatchPredictor.Predict((IReadOnlyList<string?>)null!));
    }

    private void AssertSameEverywhere(string? text, SentimentPrediction expected)
    {
        using var engine = fixture.Model.CreatePredictionEngine();
        using var pool = fixture.Model.CreateEnginePool();
        SentimentPrediction[] actual =
        [
            engine.Predict(new ReviewInput { Text = text }),
            pool.Predict(text),
            fixture.Model.BatchPredictor.Predict(text),
            fixture.Model.BatchPredictor.Predict(["其他评论", text, "再来一条"])[1],
        ];
        foreach (var prediction in actual)
        {
            Assert.Equal(expected.Label, prediction.Label);
            Assert.Equal(expected.Negative, prediction.Negative, 1e-6f);
            Assert.Equal(expected.Positive, prediction.Positive, 1e-6f);
        }
    }
}
