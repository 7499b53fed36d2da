using SentimentPipeline.ModelBundle;
using SentimentPipeline.OnnxExport;
using SentimentPipeline.Preprocessing;
using SentimentPipeline.TestSupport;

namespace SentimentPipeline.Prediction.Tests;

[Collection(ModelCollection.Name)]
public sealed class SentimentModelLoadTests(ModelFixture fixture) : IDisposable
{
    private readonly TemporaryDirectory _directory = new();

    private Vocabulary Vocabulary => fixture.Model.Encoder.Vocabulary;

    private OnnxModelMetadata GoodMetadata => TestBundles.Metadata(Vocabulary, fixture.Segmenter.DictionarySha256);

    public void Dispose() => _directory.Dispose();

    [Fact]
    public void Load_GoodBundle_ReadsMetadataAndRunsOnCpu()
    {
        TestBundles.Write(_directory.Path, GoodMetadata, Vocabulary);

        using var model = Load();

        Assert.Equal(TestBundles.MaxLength, model.Metadata.MaxLength);
        Assert.Equal(Vocabulary.Count, model.Metadata.VocabularySize);
        Assert.Equal([SentimentLabels.Negative, SentimentLabels.Positive], model.Metadata.Labels);
        Assert.Equal("""{"accuracy":0.5}""", model.Metadata.MetricsJson);
        Assert.Equal(ExecutionProviderInfo.Cpu, model.ExecutionProvider.Name);
    }

    [Fact]
    public void Load_MissingDirectory_NamesIt()
    {
        var missing = Path.Combine(_directory.Path, "nope");
        var error = Assert.Throws<ModelBundleException>(() => Load(missing));
        Assert.Equal(missing, error.FilePath);
        Assert.Contains("not found", error.Message);
    }

    [Theory]
    [InlineData(ModelBundleFiles.Model)]
    [InlineData(ModelBundleFiles.Vocabulary)]
    public void Load_MissingFile_NamesTheFile(string file)
    {
        TestBundles.Write(_directory.Path, GoodMetadata, Vocabulary);
        File.Delete(Path.Combine(_directory.Path, file));

        var error = Assert.Throws<ModelBundleException>(() => Load());
        Assert.Equal(Path.Combine(_directory.Path, file), error.FilePath);
        Assert.StartsWith(Path.Combine(_directory.Path, file), error.Message);
    }

    [Fact]
    public void Load_GarbageModel_NamesModelFile()
    {
        TestBundles.Write(_directory.Path, GoodMetadata, Vocabulary);
        File.WriteAllBytes(Path.Combine(_directory.Path, ModelBundleFiles.Model), [0x08, 0xFF, 0xFF, 0x13, 0x37, 0x00, 0x42]);
        ModelBundleChecksums.Write(_directory.Path); // past the checksum check, to the parser's own

        var error = Assert.Throws<ModelBundleException>(() => Load());
        Assert.EndsWith(ModelBundleFiles.Model, error.FilePath);
    }

    [Fact]
    public void Load_TruncatedModel_NamesModelFile()
    {
        TestBundles.Write(_directory.Path, GoodMetadata, Vocabulary);
        var path = Path.Combine(_directory.Path, ModelBundleFiles.Model);
        var bytes = File.ReadAllBytes(path);
        File.WriteAllBytes(path, bytes[..(bytes.Length / 2)]);
        ModelBundleChecksums.Write(_directory.Path);

        var error = Assert.Throws<ModelBundleException>(() => Load());
        Assert.EndsWith(ModelBundleFiles.Model, error.FilePath);
    }

    [Theory]
    [InlineData("{ not json")]
    [InlineData("")]
    [InlineData("""{"format":"something-else","version":1,"tokens":[]}""")]
    public void Load_CorruptVocabulary_NamesVocabularyFile(string content)
    {
        TestBundles.Write(_directory.Path, GoodMetadata, Vocabulary);
        File.WriteAllText(Path.Combine(_directory.Path, ModelBundleFiles.Vocabulary), content);
        ModelBundleChecksums.Write(_directory.Path);

        var error = Assert.Throws<ModelBundleException>(() => Load());
        Assert.EndsWith(ModelBundleFiles.Vocabulary, error.FilePath);
        Assert.IsNotType<ModelBundleMismatchException>(error);
    }

    [Fact]
    public void Load_VocabularyOfAnotherSize_RefusedNamingBothSizes()
    {
        var bigger = new Vocabulary([.. Vocabulary.Tokens.Skip(2), "额外的词"]);
        TestBundles.Write(_directory.Path, GoodMetadata, bigger);

        var error = Assert.Throws<ModelBundleMismatchException>(() => Load());
        Assert.Contains(error.Differences, d => d.Contains("vocabulary size") && d.Contains($"bundle has {Vocabulary.Count}") && d.Contains($"expected {bigger.Count}"));
    }

    [Fact]
    public void Load_OtherPreprocessingVersion_RefusedNamingBothVersions()
    {
        TestBundles.Write(_directory.Path, GoodMetadata with { PreprocessingVersion = "sentiment-text-encoder/0" }, Vocabulary);

        var error = Assert.Throws<ModelBundleMismatchException>(() => Load());
        var difference = Assert.Single(error.Differences);
        Assert.Contains("preprocessing version", difference);
        Assert.Contains("sentiment-text-encoder/0", difference);
        Assert.Contains(TextEncoder.PreprocessingVersion, difference);
    }

    [Fact]
    public void Load_OtherDictionaryChecksum_RefusedNamingBothChecksums()
    {
        var other = new string('a', 64);
        TestBundles.Write(_directory.Path, GoodMetadata with { DictionarySha256 = other }, Vocabulary);

        var error = Assert.Throws<ModelBundleMismatchException>(() => Load());
        var difference = Assert.Single(error.Differences);
        Assert.Contains("dictionary SHA-256", difference);
        Assert.Contains(other, difference);
        Assert.Contains(fixture.Segmenter.DictionarySha256, difference);
    }

    [Fact]
    public void Load_BundleTrainedWithTheOldNpmDictionary_RefusedAskingToRetrain()
    {
        // The SHA-256 of @node-rs/jieba 2.0.3's dict.txt, which bundles carried before the switch to Python jieba's.
        const string npmDictionary = "139519822fe8ab9e10d9d07e68ea0451045380aedaf54ecc51e2a28c6b42a13f";
        TestBundles.Write(_directory.Path, GoodMetadata with { DictionarySha256 = npmDictionary }, Vocabulary);

        var error = Assert.Throws<ModelBundleMismatchException>(() => Load());
        var difference = Assert.Single(error.Differences);
        Assert.Contains($"bundle has {npmDictionary}, expected 7197c3211ddd98962b036cdf40324d1ea2bfaa12bd028e68faa70111a88e12a8", difference);
        Assert.Contains("retrain", error.Message);
    }

    [Fact]
    public void Load_VocabularyFileDiffersFromEmbeddedOne_Refused()
    {
        var tokens = Vocabulary.Tokens.Skip(2).ToArray();
        (tokens[0], tokens[1]) = (tokens[1], tokens[0]);
        TestBundles.Write(_directory.Path, GoodMetadata, new Vocabulary(tokens));

        var error = Assert.Throws<ModelBundleMismatchException>(() => Load());
        Assert.Contains(error.Differences, d => d.Contains("embedded vocabulary at id 2"));
    }

    [Fact]
    public void Load_SeveralDifferences_ListsEveryOne()
    {
        TestBundles.Write(_directory.Path, GoodMetadata with { PreprocessingVersion = "v0", DictionarySha256 = new string('b', 64), Labels = ["bad", "good"] }, Vocabulary);

        var error = Assert.Throws<ModelBundleMismatchException>(() => Load());
        Assert.Equal(3, error.Differences.Count);
        Assert.Contains(_directory.Path, error.Message);
    }

    private SentimentModel Load(string? directory = null)
        => SentimentModel.Load(directory ?? _directory.Path, new PredictionOptions { Segmenter = fixture.Segmenter });
}
