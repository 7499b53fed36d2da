using System.Text.Json;
using Microsoft.ML.OnnxRuntime;
using SentimentPipeline.ModelBundle;
using SentimentPipeline.OnnxExport.Tests.Support;
using SentimentPipeline.Preprocessing;
using SentimentPipeline.Segmentation;
using SentimentPipeline.TestSupport;
using SentimentPipeline.Training.CheckpointExport;

namespace SentimentPipeline.OnnxExport.Tests;

[Trait("Category", "Slow")]
public sealed class OnnxBundleExporterTests
{
    [Fact]
    public void Export_TrainedClassifier_WritesVerifiedBundleThatNodeRuntimeReproduces()
    {
        using var classifier = TinyTrainedClassifier.Create(layers: 1, bidirectional: true, seed: 5);
        var segmenter = JiebaSegmenter.CreateDefault();
        var vocabulary = new Vocabulary(Enumerable.Range(2, TinyTrainedClassifier.Vocabulary - 2).Select(i => $"词{i}"));
        var encoder = new TextEncoder(segmenter, vocabulary, maxLength: 12, maxCharacters: 24);
        var sample = TokenBatch.Random(40, encoder.MaxLength, TinyTrainedClassifier.Vocabulary, seed: 9);
        var reviews = Enumerable.Range(0, sample.BatchSize).Select(b => new EncodedText(sample.Row(b), sample.Lengths[b], sample.CharRow(b), sample.CharLengthOf(b))).ToList();
        using var directory = new TemporaryDirectory();

        var result = OnnxBundleExporter.Export(classifier, encoder, ["negative", "positive"], segmenter.DictionarySha256, """{"accuracy":0.9}""", reviews, directory.Path);

        Assert.Equal(40, result.ReviewsCompared);
        Assert.InRange(result.MaxAbsDifference, 0, OnnxBundleExporter.Tolerance);
        Assert.Equal(new FileInfo(result.ModelPath).Length, result.ModelBytes);
        Assert.Equal(vocabulary.Tokens, Vocabulary.Load(Path.Combine(directory.Path, ModelBundleFiles.Vocabulary)).Tokens);
        using (var session = new InferenceSession(result.ModelPath))
        {
            var properties = session.ModelMetadata.CustomMetadataMap;
            Assert.Equal(TextEncoder.PreprocessingVersion, properties[ModelMetadataKeys.PreprocessingVersion]);
            Assert.Equal(segmenter.DictionarySha256, properties[ModelMetadataKeys.DictionarySha256]);
            Assert.Equal("12", properties[ModelMetadataKeys.MaxLength]);
        }

        // Batches of 1 and 37, then the remaining 3: every review is compared.
        using var parity = JsonDocument.Parse(File.ReadAllText(Path.Combine(directory.Path, OnnxParitySample.FileName)));
        Assert.Equal([1, 37, 3], parity.RootElement.GetProperty("batches").EnumerateArray().Select(b => b.GetProperty("lengths").GetArrayLength()));
        var report = NodeReferenceRuntime.Ensure().RunScript("check-parity.js", [directory.Path]);
        Assert.Contains("OK", report, StringComparison.Ordinal);
    }

    [Fact]
    public void CheckParityScript_ProbabilitiesThatDisagree_ExitsWithFailure()
    {
        using var classifier = TinyTrainedClassifier.Create(layers: 1, bidirectional: false, seed: 6);
        var segmenter = JiebaSegmenter.CreateDefault();
        var encoder = new TextEncoder(segmenter, new Vocabulary(Enumerable.Range(2, TinyTrainedClassifier.Vocabulary - 2).Select(i => $"词{i}")), maxLength: 8, maxCharacters: 16);
        var sample = TokenBatch.Random(3, encoder.MaxLength, TinyTrainedClassifier.Vocabulary, seed: 4);
        var reviews = Enumerable.Range(0, 3).Select(b => new EncodedText(sample.Row(b), sample.Lengths[b], sample.CharRow(b), sample.CharLengthOf(b))).ToList();
        using var directory = new TemporaryDirectory();
        OnnxBundleExporter.Export(classifier, encoder, ["negative", "positive"], segmenter.DictionarySha256, "{}", reviews, directory.Path);
        var paritySample = Path.Combine(directory.Path, OnnxParitySample.FileName);
        // Shift one recorded probability by 1e-3: the node check must notice.
        var document = JsonSerializer.Deserialize<OnnxParitySample>(File.ReadAllText(paritySample), JsonSerializerOptions.Web)!;
        document.Batches[0].Probabilities[0] += 1e-3f;
        File.WriteAllText(paritySample, JsonSerializer.Serialize(document, JsonSerializerOptions.Web));

        var error = Assert.Throws<InvalidOperationException>(() => NodeReferenceRuntime.Ensure().RunScript("check-parity.js", [directory.Path]));

        Assert.Contains("exited with 1", error.Message, StringComparison.Ordinal);
    }
}
