using System.Text.Json;
using SentimentPipeline.TestSupport;

namespace SentimentPipeline.Cli.Tests;

/// <summary><c>predict --explain</c>: each review's tokens with their occlusion contributions, as the library gives them.</summary>
[Collection(ModelCollection.Name)]
public sealed class PredictExplainTests(ModelFixture fixture)
{
    [Trait("Category", "Slow")]
    [Fact]
    public void Predict_ExplainArgument_TokensAndContributionsAsLibrary()
    {
        var (exitCode, output, _) = ModelCommandRunner.Run("predict", "--model", fixture.BundleDirectory, "--explain", SampleReviews.TutorialNegative);

        Assert.Equal(0, exitCode);
        var json = JsonDocument.Parse(output).RootElement;
        var expected = fixture.Model.Explain(SampleReviews.TutorialNegative);
        PredictCommandTests.AssertPrediction(expected.Prediction, json);
        Assert.Equal(SampleReviews.TutorialNegative, json.GetProperty("text").GetString());
        var tokens = json.GetProperty("tokens").EnumerateArray().ToArray();
        Assert.Equal(expected.Tokens.Select(t => t.Token), tokens.Select(t => t.GetProperty("token").GetString()));
        Assert.Equal(expected.Tokens.Select(t => t.Contribution), tokens.Select(t => t.GetProperty("contribution").GetSingle()));
    }

    [Trait("Category", "Slow")]
    [Fact]
    public void Predict_ExplainStandardInput_OneExplainedObjectPerLine()
    {
        var (exitCode, output, _) = ModelCommandRunner.Run("好评\n\n差评\n"u8.ToArray(), "predict", "--model", fixture.BundleDirectory, "--explain");

        var lines = output.TrimEnd('\n').Split('\n').Select(l => JsonDocument.Parse(l).RootElement).ToArray();
        Assert.Equal(5, exitCode);
        Assert.Equal(expected: fixture.Model.Explain("好评").Tokens.Count, lines[0].GetProperty("tokens").GetArrayLength());
        Assert.Equal(2, lines[1].GetProperty("line").GetInt32());
        Assert.True(lines[1].TryGetProperty("error", out _));
        Assert.Equal(3, lines[2].GetProperty("line").GetInt32());
        Assert.True(lines[2].TryGetProperty("tokens", out _));
    }
}
