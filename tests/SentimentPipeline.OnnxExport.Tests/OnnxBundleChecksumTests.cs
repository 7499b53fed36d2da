using System.Security.Cryptography;
using SentimentPipeline.ModelBundle;
using SentimentPipeline.OnnxExport.Tests.Support;
using SentimentPipeline.Preprocessing;
using SentimentPipeline.Segmentation;
using SentimentPipeline.TestSupport;
using SentimentPipeline.Training.CheckpointExport;

namespace SentimentPipeline.OnnxExport.Tests;

[Trait("Category", "Slow")]
public sealed class OnnxBundleChecksumTests
{
    [Fact]
    public void Export_TrainedClassifier_WritesSha256SumsOfModelAndVocabulary()
    {
        using var classifier = TinyTrainedClassifier.Create(layers: 1, bidirectional: false, seed: 3);
        var segmenter = JiebaSegmenter.CreateDefault();
        var vocabulary = new Vocabulary(Enumerable.Range(2, TinyTrainedClassifier.Vocabulary - 2).Select(i => $"词{i}"));
        var encoder = new TextEncoder(segmenter, vocabulary, maxLength: 8, maxCharacters: 16);
        var sample = TokenBatch.Random(3, encoder.MaxLength, TinyTrainedClassifier.Vocabulary, seed: 4);
        var reviews = Enumerable.Range(0, sample.BatchSize).Select(b => new EncodedText(sample.Row(b), sample.Lengths[b], sample.CharRow(b), sample.CharLengthOf(b))).ToList();
        using var directory = new TemporaryDirectory();

        OnnxBundleExporter.Export(classifier, encoder, ["negative", "positive"], segmenter.DictionarySha256, "{}", reviews, directory.Path);

        string Sha256(string name) => Convert.ToHexStringLower(SHA256.HashData(File.ReadAllBytes(Path.Combine(directory.Path, name))));
        Assert.Equal(
            [$"{Sha256(ModelBundleFiles.Model)}  model.onnx", $"{Sha256(ModelBundleFiles.Vocabulary)}  vocabulary.json"],
            File.ReadAllLines(Path.Combine(directory.Path, ModelBundleFiles.Checksums)));
    }
}
