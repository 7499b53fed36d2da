using SentimentPipeline.Training.Baseline;

namespace SentimentPipeline.Training.Tests;

public sealed class NgramTfIdfFeaturizerTests
{
    // Expected values from scikit-learn 1.2: TfidfVectorizer(sublinear_tf=True, min_df=2) on the word 1–2-grams
    // and on analyzer="char", ngram_range=(1, 3) of the tokens joined by spaces.
    private static readonly IReadOnlyList<string>[] Training = [["好", "好", "评"], ["好", "差"], ["差"], ["好"]];

    [Fact]
    public void Fit_FourReviews_KeepsNgramsInTwoReviewsInOrdinalOrder()
    {
        var featurizer = NgramTfIdfFeaturizer.Fit(Training, new NgramTfIdfOptions());

        Assert.Equal(2, featurizer.WordFeatureCount);   // 好, 差 (评 and every bigram occur once)
        Assert.Equal(4, featurizer.CharFeatureCount);   // " ", 好, "好 ", 差
        Assert.Equal(6, featurizer.FeatureCount);
    }

    [Fact]
    public void Transform_UnseenReview_MatchesScikitLearnSublinearTfIdf()
    {
        var featurizer = NgramTfIdfFeaturizer.Fit(Training, new NgramTfIdfOptions());

        var features = featurizer.Transform(["好", "差", "差", "没见过"]);

        Assert.Equal([0, 1, 2, 3, 4, 5], features.Indices);
        double[] expected = [0.43137750032830424, 0.9021715203942673, 0.7024173637726324, 0.2709730597342394, 0.33470563741834547, 0.5667059063123909];
        for (var i = 0; i < expected.Length; i++)
        {
            Assert.Equal(expected[i], features.Values[i], 1e-6); // float32 features
        }
    }

    [Fact]
    public void Transform_OnlyUnseenNgrams_IsEmpty()
    {
        var featurizer = NgramTfIdfFeaturizer.Fit(Training, new NgramTfIdfOptions());

        var features = featurizer.Transform(["评"]);

        Assert.Empty(features.Indices);
        Assert.Empty(features.Values);
    }

    [Fact]
    public void CharNgrams_AstralCharacter_CountsAsOneScalar()
    {
        var grams = NgramTfIdfFeaturizer.CharNgrams(["👍好"], 2).ToArray();

        Assert.Equal(["👍", "好", "👍好"], grams);
    }

    [Fact]
    public void WordNgrams_ThreeTokens_GivesUnigramsThenSpaceJoinedBigrams()
    {
        Assert.Equal(["质量", "不", "错", "质量 不", "不 错"], NgramTfIdfFeaturizer.WordNgrams(["质量", "不", "错"], 2));
    }

    [Fact]
    public void Fit_NoBlocks_IsRejected()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => NgramTfIdfFeaturizer.Fit(Training, new NgramTfIdfOptions(WordNgramLength: 0, CharNgramLength: 0)));
    }
}
