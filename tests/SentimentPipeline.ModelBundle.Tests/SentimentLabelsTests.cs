namespace SentimentPipeline.ModelBundle.Tests;

public sealed class SentimentLabelsTests
{
    [Theory]
    [InlineData(0.2f, 0.8f, "positive")]
    [InlineData(0.9f, 0.1f, "negative")]
    [InlineData(0.5f, 0.5f, "negative")]
    public void FromProbabilities_Pair_LabelOfStrictlyLargerProbability(float negative, float positive, string expected)
        => Assert.Equal(expected, SentimentLabels.FromProbabilities(negative, positive));

    [Fact]
    public void MetadataValue_Always_NegativeThenPositive()
        => Assert.Equal("negative,positive", SentimentLabels.MetadataValue);
}
