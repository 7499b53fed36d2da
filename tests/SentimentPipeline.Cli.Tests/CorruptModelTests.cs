using System.Security.Cryptography;
using System.Text;
using SentimentPipeline.ModelBundle;
using SentimentPipeline.TestSupport;

namespace SentimentPipeline.Cli.Tests;

/// <summary>Bundles whose weights were changed after export, or whose model answers NaN: refused, or error records.</summary>
[Collection(ModelCollection.Name)]
public sealed class CorruptModelTests(ModelFixture fixture) : IDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("sentiment-cli-corrupt-").FullName;

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    [Fact]
    public void Predict_FlippedBytesInWeights_Exit2NamingFileAndBothChecksums()
    {
        foreach (var file in Directory.GetFiles(fixture.BundleDirectory))
        {
            File.Copy(file, Path.Combine(_directory, Path.GetFileName(file)));
        }

        var modelPath = Path.Combine(_directory, ModelBundleFiles.Model);
        var bytes = File.ReadAllBytes(modelPath);
        var exported = Convert.ToHexStringLower(SHA256.HashData(bytes));
        // 5,000 bytes in the second half of the file, where the weights are; the protobuf framing stays intact.
        for (var i = 0; i < 5000; i++)
        {
            bytes[(bytes.Length / 2) + i] ^= 0x5A;
        }

        File.WriteAllBytes(modelPath, bytes);
        var corrupt = Convert.ToHexStringLower(SHA256.HashData(bytes));

        var (exitCode, output, error) = ModelCommandRunner.Run("predict", "--model", _directory, "什么破东西");

        Assert.Equal(2, exitCode);
        Assert.Empty(output);
        Assert.Contains(modelPath, error);
        Assert.Contains(exported, error);
        Assert.Contains(corrupt, error);
    }

    [Trait("Category", "Slow")]
    [Fact]
    public void Predict_NaNBiasArguments_ErrorRecordPerReviewExit5()
    {
        WriteNaNBundle();

        var (exitCode, output, error) = ModelCommandRunner.Run("predict", "--model", _directory, "好评", "差评");

        Assert.Equal(5, exitCode);
        var records = PredictCommandTests.JsonLines(output);
        Assert.Equal(["好评", "差评"], records.Select(r => r.GetProperty("text").GetString()));
        Assert.All(records, r => Assert.Contains("non-finite probabilities", r.GetProperty("error").GetString()));
        Assert.DoesNotContain("   at ", error);
    }

    [Trait("Category", "Slow")]
    [Fact]
    public void Predict_NaNBiasStdin_ErrorRecordPerLineExit5()
    {
        WriteNaNBundle();

        var (exitCode, output, _) = SentimentProcess.Run("好评\n差评\n", "predict", "--model", _directory);

        Assert.Equal(5, exitCode);
        var records = PredictCommandTests.JsonLines(output);
        Assert.Equal([1, 2], records.Select(r => r.GetProperty("line").GetInt32()));
        Assert.All(records, r => Assert.Contains("non-finite probabilities", r.GetProperty("error").GetString()));
    }

    [Trait("Category", "Slow")]
    [Fact]
    public void Score_NaNBias_ErrorRecordPerRowExit5()
    {
        WriteNaNBundle();
        var input = Path.Combine(_directory, "reviews.csv");
        File.WriteAllText(input, "evaluation,label\n质量很好,正面\n太差了,负面\n", new UTF8Encoding(false));

        var (exitCode, _, error) = ModelCommandRunner.Run("score", input, "--model", _directory, "--output", Path.Combine(_directory, "out.jsonl"));

        Assert.Equal(5, exitCode);
        var records = PredictCommandTests.JsonLines(File.ReadAllText(Path.Combine(_directory, "out.jsonl")));
        Assert.Equal([2, 3], records.Select(r => r.GetProperty("line").GetInt32()));
        Assert.All(records, r => Assert.Contains("non-finite probabilities", r.GetProperty("error").GetString()));
        Assert.Contains("scored 0 of 2 records", error);
    }

    private void WriteNaNBundle()
    {
        var vocabulary = fixture.Model.Encoder.Vocabulary;
        TestBundles.WriteWithNaNBias(_directory, TestBundles.Metadata(vocabulary, fixture.Segmenter.DictionarySha256), vocabulary);
    }
}
