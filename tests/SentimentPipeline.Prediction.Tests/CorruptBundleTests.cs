using System.Diagnostics;
using System.Security.Cryptography;
using SentimentPipeline.ModelBundle;
using SentimentPipeline.OnnxExport;
using SentimentPipeline.Preprocessing;
using SentimentPipeline.TestSupport;

namespace SentimentPipeline.Prediction.Tests;

/// <summary>Bundles changed after export, bundle files that are not files, and a model that answers NaN.</summary>
[Collection(ModelCollection.Name)]
public sealed class CorruptBundleTests(ModelFixture fixture) : IDisposable
{
    private readonly TemporaryDirectory _directory = new();

    private Vocabulary Vocabulary => fixture.Model.Encoder.Vocabulary;

    private OnnxModelMetadata Metadata => TestBundles.Metadata(Vocabulary, fixture.Segmenter.DictionarySha256);

    public void Dispose() => _directory.Dispose();

    [Theory]
    [InlineData(ModelBundleFiles.Model)]
    [InlineData(ModelBundleFiles.Vocabulary)]
    public void Load_FileChangedAfterExport_ThrowsChecksumExceptionWithBothChecksums(string file)
    {
        TestBundles.Write(_directory.Path, Metadata, Vocabulary);
        var path = Path.Combine(_directory.Path, file);
        var bytes = File.ReadAllBytes(path);
        var exported = Convert.ToHexStringLower(SHA256.HashData(bytes));
        bytes[bytes.Length / 2] ^= 0x01;
        File.WriteAllBytes(path, bytes);

        var error = Assert.Throws<ModelBundleChecksumException>(() => Load());

        Assert.Equal(path, error.FilePath);
        Assert.Equal(exported, error.ExpectedSha256);
        Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(bytes)), error.ActualSha256);
        Assert.Equal($"{path}: SHA-256 is {error.ActualSha256}, but SHA256SUMS recorded {exported} at export: the file is corrupt or was changed after export", error.Message);
    }

    [Fact]
    public void Load_NoChecksums_ThrowsNamingTheManifest()
    {
        TestBundles.Write(_directory.Path, Metadata, Vocabulary);
        File.Delete(Path.Combine(_directory.Path, ModelBundleFiles.Checksums));

        var error = Assert.Throws<ModelBundleException>(() => Load());

        Assert.Equal(Path.Combine(_directory.Path, ModelBundleFiles.Checksums), error.FilePath);
        Assert.StartsWith("is missing: the bundle does not record the checksums", error.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_MalformedChecksums_ThrowsWithTheLine()
    {
        TestBundles.Write(_directory.Path, Metadata, Vocabulary);
        File.WriteAllText(Path.Combine(_directory.Path, ModelBundleFiles.Checksums), "abc  model.onnx\n");

        var error = Assert.Throws<ModelBundleException>(() => Load());

        Assert.Equal("line 1 is not '<64 hex digits>  <file name>' for a new file: 'abc  model.onnx'", error.Problem);
    }

    [LinuxFact]
    public void Load_ModelIsFifo_ThrowsWithoutWaitingForAWriter()
    {
        TestBundles.Write(_directory.Path, Metadata, Vocabulary);
        var modelPath = Path.Combine(_directory.Path, ModelBundleFiles.Model);
        File.Delete(modelPath);
        using (var mkfifo = Process.Start("mkfifo", [modelPath]))
        {
            mkfifo.WaitForExit();
        }

        var error = Assert.Throws<ModelBundleException>(() => Load());

        Assert.Equal((modelPath, "is a FIFO (named pipe), not a regular file"), (error.FilePath, error.Problem));
    }

    [LinuxFact]
    public void Load_VocabularyIsSymlinkLoop_SaysSo()
    {
        TestBundles.Write(_directory.Path, Metadata, Vocabulary);
        var vocabularyPath = Path.Combine(_directory.Path, ModelBundleFiles.Vocabulary);
        File.Delete(vocabularyPath);
        File.CreateSymbolicLink(vocabularyPath, Path.Combine(_directory.Path, "other.json"));
        File.CreateSymbolicLink(Path.Combine(_directory.Path, "other.json"), vocabularyPath);

        var error = Assert.Throws<ModelBundleException>(() => Load());

        Assert.Equal((vocabularyPath, "too many levels of symbolic links (a symlink loop)"), (error.FilePath, error.Problem));
    }

    [Fact]
    public void BatchPredict_NaNBias_ThrowsNonFiniteWithEveryReviewListed()
    {
        TestBundles.WriteWithNaNBias(_directory.Path, Metadata, Vocabulary);
        using var model = Load();

        var error = Assert.Throws<NonFiniteProbabilityException>(() => model.BatchPredictor.Predict(["好评", "差评", "一般"]));

        Assert.Equal([0, 1, 2], error.ReviewIndices);
        Assert.Equal([null, null, null], error.Predictions);
        Assert.StartsWith("the model gave non-finite probabilities (negative NaN, positive NaN) for 3 of 3 reviews, the first at index 0", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void EngineAndPool_NaNBias_ThrowNonFinite()
    {
        TestBundles.WriteWithNaNBias(_directory.Path, Metadata, Vocabulary);
        using var model = Load();
        using var engine = model.CreatePredictionEngine();
        using var pool = model.CreateEnginePool();

        Assert.Throws<NonFiniteProbabilityException>(() => engine.Predict(new ReviewInput { Text = "好评" }));
        Assert.Throws<NonFiniteProbabilityException>(() => pool.Predict("好评"));
        Assert.Throws<NonFiniteProbabilityException>(() => model.BatchPredictor.Predict("好评"));
    }

    private SentimentModel Load(string? directory = null)
        => SentimentModel.Load(directory ?? _directory.Path, new PredictionOptions { Segmenter = fixture.Segmenter });
}
