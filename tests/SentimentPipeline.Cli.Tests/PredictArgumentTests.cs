using SentimentPipeline.TestSupport;

namespace SentimentPipeline.Cli.Tests;

/// <summary>How <c>sentiment predict</c> tells options from review texts, and its rule for blank reviews.</summary>
[Collection(ModelCollection.Name)]
public sealed class PredictArgumentTests(ModelFixture fixture)
{
    [Fact]
    public void Predict_UnknownOption_UsageErrorExit1NothingScored()
    {
        var (exitCode, output, error) = ModelCommandRunner.Run("predict", "--model", fixture.BundleDirectory, "--bogus", "x");

        Assert.Equal(1, exitCode);
        Assert.Empty(output);
        Assert.Contains("'--bogus'", error);
        Assert.Contains("--", error);
    }

    [Trait("Category", "Slow")]
    [Fact]
    public void Predict_TextsAfterDoubleDash_ScoredEvenWhenTheyStartWithADash()
    {
        var (exitCode, output, error) = ModelCommandRunner.Run("predict", "--model", fixture.BundleDirectory, "--", "--好评", "-1分");

        Assert.True(exitCode == 0, error);
        var records = PredictCommandTests.JsonLines(output);
        Assert.Equal(["--好评", "-1分"], records.Select(r => r.GetProperty("text").GetString()));
        PredictCommandTests.AssertPrediction(fixture.Model.BatchPredictor.Predict("--好评"), records[0]);
    }

    [Trait("Category", "Slow")]
    [Fact]
    public void Predict_BlankArgument_ErrorRecordLikeABlankStdinLineExit5()
    {
        var (exitCode, output, _) = ModelCommandRunner.Run("predict", "--model", fixture.BundleDirectory, "好评", "", "  ");
        var (stdinExitCode, stdinOutput, _) = SentimentProcess.Run("好评\n\n  \n", "predict", "--model", fixture.BundleDirectory);

        Assert.Equal(5, exitCode);
        Assert.Equal(5, stdinExitCode);
        var records = PredictCommandTests.JsonLines(output);
        var lines = PredictCommandTests.JsonLines(stdinOutput);
        PredictCommandTests.AssertPrediction(fixture.Model.BatchPredictor.Predict("好评"), records[0]);
        Assert.Equal("argument 2 is empty or blank: there is no review to score", records[1].GetProperty("error").GetString());
        Assert.Equal("argument 3 is empty or blank: there is no review to score", records[2].GetProperty("error").GetString());
        Assert.Equal("line 2 is empty or blank: there is no review to score", lines[1].GetProperty("error").GetString());
        Assert.Equal("line 3 is empty or blank: there is no review to score", lines[2].GetProperty("error").GetString());
    }
}
