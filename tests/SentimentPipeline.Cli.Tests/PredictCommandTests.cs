using System.Text;
using System.Text.Json;
using SentimentPipeline.ModelBundle;
using SentimentPipeline.Prediction;
using SentimentPipeline.TestSupport;

namespace SentimentPipeline.Cli.Tests;

/// <summary><c>sentiment predict</c> and <c>sentiment info</c>, run as the real executable over the tiny model.</summary>
[Collection(ModelCollection.Name)]
public sealed class PredictCommandTests(ModelFixture fixture) : IDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("sentiment-cli-predict-").FullName;

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    [Fact]
    public void Predict_TutorialSentencesAsArguments_OneJsonObjectEachLikeTheLibrary()
    {
        var (exitCode, output, error) = ModelCommandRunner.Run("predict", "--model", fixture.BundleDirectory, SampleReviews.TutorialPositive, SampleReviews.TutorialNegative);

        Assert.True(exitCode == 0, error);
        var objects = JsonLines(output);
        Assert.Equal(2, objects.Length);
        AssertPrediction(fixture.Model.BatchPredictor.Predict(SampleReviews.TutorialPositive), objects[0]);
        AssertPrediction(fixture.Model.BatchPredictor.Predict(SampleReviews.TutorialNegative), objects[1]);
        Assert.Equal(SampleReviews.TutorialPositive, objects[0].GetProperty("text").GetString());
    }

    [Trait("Category", "Slow")]
    [Fact]
    public void Predict_StdinWithBadLines_ErrorObjectPerBadLineAndGoesOn()
    {
        var reviews = fixture.Reviews.Take(30).Select(r => r.Text.Replace('\n', ' ').Replace('\r', ' ')).ToArray();
        using var stdin = new MemoryStream();
        stdin.Write(Encoding.UTF8.GetBytes(string.Join('\n', reviews.Take(10)) + "\n"));
        stdin.Write("\n"u8);                                        // line 11: empty
        stdin.Write([0xE5, 0xA5, 0xBD, 0xFF, 0xFE, (byte)'\n']);   // line 12: invalid UTF-8
        stdin.Write(Encoding.UTF8.GetBytes(string.Join("\r\n", reviews.Skip(10)) + "\r\n"));

        var (exitCode, output, error) = ModelCommandRunner.Run(stdin.ToArray(), "predict", "--model", fixture.BundleDirectory);

        Assert.Equal(5, exitCode);
        var objects = JsonLines(output);
        Assert.Equal(reviews.Length + 2, objects.Length);
        Assert.Equal(Enumerable.Range(1, objects.Length), objects.Select(o => o.GetProperty("line").GetInt32()));
        Assert.Contains("empty", objects[10].GetProperty("error").GetString());
        Assert.Contains("not valid UTF-8", objects[11].GetProperty("error").GetString());
        var expected = fixture.Model.BatchPredictor.Predict(reviews);
        var scored = objects.Where(o => !o.TryGetProperty("error", out _)).ToArray();
        Assert.Equal(reviews.Length, scored.Length);
        for (var i = 0; i < reviews.Length; i++)
        {
            AssertPrediction(expected[i], scored[i]);
        }
    }

    [Trait("Category", "Slow")]
    [Fact]
    public async Task Predict_InteractiveStdin_AnswersEachLineBeforeInputEnds()
    {
        using var process = ModelCommandRunner.Start("predict", "--model", fixture.BundleDirectory);
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(1));
        try
        {
            foreach (var (text, number) in new[] { (SampleReviews.TutorialPositive, 1), (SampleReviews.TutorialNegative, 2) })
            {
                await process.StandardInput.BaseStream.WriteAsync(Encoding.UTF8.GetBytes(text + "\n"), timeout.Token);
                await process.StandardInput.BaseStream.FlushAsync(timeout.Token);

                var answer = JsonDocument.Parse((await process.StandardOutput.ReadLineAsync(timeout.Token))!).RootElement;
                Assert.Equal(number, answer.GetProperty("line").GetInt32());
                AssertPrediction(fixture.Model.BatchPredictor.Predict(text), answer);
            }

            process.StandardInput.Close();
            await process.WaitForExitAsync(timeout.Token);
            Assert.Equal(0, process.ExitCode);
        }
        finally
        {
            if (!process.HasExited)
            {
                process.Kill(entireProcessTree: true);
            }
        }
    }

    [Fact]
    public void Predict_NegativeGpuDevice_UsageErrorExit1()
    {
        var (exitCode, output, error) = ModelCommandRunner.Run("predict", "--model", fixture.BundleDirectory, "--gpu", "--gpu-device", "-1", "好评");

        Assert.Equal(1, exitCode);
        Assert.Empty(output);
        Assert.Contains("--gpu-device must be 0 or more", error);
    }

    [Trait("Category", "Slow")]
    [Fact]
    public void Predict_MissingModelDirectory_Exit2NamingIt()
    {
        var missing = Path.Combine(_directory, "no-such-model");

        var (exitCode, output, error) = ModelCommandRunner.Run("predict", "--model", missing, "好评");

        Assert.Equal(2, exitCode);
        Assert.Empty(output);
        Assert.Contains(missing, error);
    }

    [Fact]
    public void Predict_CorruptModelFile_Exit2NamingTheFile()
    {
        CopyBundle(_directory);
        File.WriteAllText(Path.Combine(_directory, ModelBundleFiles.Model), "not an onnx model");

        var (exitCode, _, error) = ModelCommandRunner.Run("predict", "--model", _directory, "好评");

        Assert.Equal(2, exitCode);
        Assert.Contains(Path.Combine(_directory, ModelBundleFiles.Model), error);
    }

    [Trait("Category", "Slow")]
    [Fact]
    public void Predict_GpuRequested_RunsAndReportsTheFallback()
    {
        var (exitCode, output, error) = ModelCommandRunner.Run("predict", "--model", fixture.BundleDirectory, "--gpu", SampleReviews.TutorialPositive);

        Assert.True(exitCode == 0, error);
        AssertPrediction(fixture.Model.BatchPredictor.Predict(SampleReviews.TutorialPositive), JsonLines(output).Single());
        if (!fixture.Model.ExecutionProvider.IsGpu)
        {
            Assert.Contains("running on CPU", error);
        }
    }

    [Fact]
    public void Predict_GpuStrictWithoutCuda_Exit4()
    {
        var (exitCode, output, error) = ModelCommandRunner.Run("predict", "--model", fixture.BundleDirectory, "--gpu-strict", "好评");

        Assert.Equal(4, exitCode);
        Assert.Empty(output);
        Assert.Contains("requested strictly", error);
    }

    [Fact]
    public void Info_Bundle_MetadataAndProviderAsJson()
    {
        var (exitCode, output, error) = ModelCommandRunner.Run("info", "--model", fixture.BundleDirectory);

        Assert.True(exitCode == 0, error);
        var info = JsonDocument.Parse(output).RootElement;
        Assert.Equal(ExecutionProviderInfo.Cpu, info.GetProperty("executionProvider").GetProperty("name").GetString());
        Assert.Equal(fixture.Model.Metadata.VocabularySize, info.GetProperty("vocabularySize").GetInt32());
        Assert.Equal(fixture.Model.Metadata.DictionarySha256, info.GetProperty("dictionarySha256").GetString());
        Assert.Contains("execution provider: CPUExecutionProvider", error);
    }

    private void CopyBundle(string target)
    {
        foreach (var file in Directory.GetFiles(fixture.BundleDirectory))
        {
            File.Copy(file, Path.Combine(target, Path.GetFileName(file)));
        }
    }

    internal static JsonElement[] JsonLines(string output)
        => [.. output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonDocument.Parse(l).RootElement)];

    internal static void AssertPrediction(SentimentPrediction expected, JsonElement actual)
    {
        Assert.Equal(expected.Label, actual.GetProperty("label").GetString());
        Assert.Equal(expected.Positive, actual.GetProperty("positive").GetSingle(), 1e-6f);
        Assert.Equal(expected.Negative, actual.GetProperty("negative").GetSingle(), 1e-6f);
    }
}
