using System.Net.Http.Json;
using System.Text.Json;
using SentimentPipeline.Models.Pretrained;
using SentimentPipeline.Prediction;
using SentimentPipeline.TestSupport;

namespace SentimentPipeline.Cli.Tests;

/// <summary>Model commands without <c>--model</c>: the pretrained model of SentimentPipeline.Models.Pretrained.</summary>
[Trait("Category", "Slow")]
public sealed class PretrainedModelCommandTests : IDisposable
{
    private readonly SentimentModel _pretrained = SentimentModel.LoadPretrained();

    public void Dispose() => _pretrained.Dispose();

    [Fact]
    public void Predict_NoModelOption_PretrainedModelLikeTheLibraryAndSaysSoOnStandardError()
    {
        var (exitCode, output, error) = ModelCommandRunner.Run("predict", SampleReviews.TutorialPositive, SampleReviews.TutorialNegative);

        Assert.True(exitCode == 0, error);
        var objects = output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(line => JsonDocument.Parse(line).RootElement).ToArray();
        Assert.Equal(2, objects.Length);
        PredictCommandTests.AssertPrediction(_pretrained.BatchPredictor.Predict(SampleReviews.TutorialPositive), objects[0]);
        PredictCommandTests.AssertPrediction(_pretrained.BatchPredictor.Predict(SampleReviews.TutorialNegative), objects[1]);
        Assert.Equal(["positive", "negative"], objects.Select(o => o.GetProperty("label").GetString()));
        Assert.Equal($"sentiment predict: no --model given, using the {PretrainedModel.Summary}.", error.Trim());
    }

    [Fact]
    public void Info_NoModelOption_MetadataOfThePretrainedModel()
    {
        var (exitCode, output, error) = ModelCommandRunner.Run("info");

        Assert.True(exitCode == 0, error);
        var info = JsonDocument.Parse(output).RootElement;
        Assert.Equal(_pretrained.Metadata.VocabularySize, info.GetProperty("vocabularySize").GetInt32());
        Assert.Contains("using the pretrained model", error);
    }

    [Fact]
    public async Task Serve_NoModelOption_ServesThePretrainedModel()
    {
        using var process = ModelCommandRunner.Start("serve", "--urls", "http://127.0.0.1:0");
        try
        {
            var url = await ServeCommandTests.ReadListeningUrl(process);
            using var client = new HttpClient { BaseAddress = new Uri(url) };

            using var predict = await client.PostAsJsonAsync("/predict", new { texts = new[] { SampleReviews.TutorialPositive, SampleReviews.TutorialNegative } });
            var predictions = JsonDocument.Parse(await predict.Content.ReadAsStringAsync()).RootElement.GetProperty("predictions").EnumerateArray().ToArray();
            PredictCommandTests.AssertPrediction(_pretrained.BatchPredictor.Predict(SampleReviews.TutorialPositive), predictions[0]);
            PredictCommandTests.AssertPrediction(_pretrained.BatchPredictor.Predict(SampleReviews.TutorialNegative), predictions[1]);
            var model = JsonDocument.Parse(await client.GetStringAsync("/model")).RootElement;
            Assert.Equal(_pretrained.Metadata.VocabularySize, model.GetProperty("vocabularySize").GetInt32());
        }
        finally
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
        }
    }
}
