using SentimentPipeline.OnnxExport.Tests.Support;
using SentimentPipeline.Training;
using SentimentPipeline.Training.CheckpointExport;
using Xunit.Abstractions;

namespace SentimentPipeline.OnnxExport.Tests;

/// <summary>
/// Exports tiny trained TorchSharp models and checks that ONNX Runtime (C#) and onnxruntime-node reproduce
/// the TorchSharp forward pass in eval mode within 1e-5, on batches of 1 and 37 reviews whose lengths include
/// 1 and the maximum.
/// </summary>
[Trait("Category", "Slow")]
public sealed class TorchSharpParityTests(ITestOutputHelper output)
{
    [Theory]
    [InlineData(1, false, false)]
    [InlineData(2, false, false)]
    [InlineData(1, true, false)]
    [InlineData(2, true, false)]
    [InlineData(1, true, true)]
    [InlineData(2, true, true)]
    [InlineData(1, false, true)]
    public void Export_TrainedClassifier_MatchesTorchSharpInBothRuntimes(int layers, bool bidirectional, bool wideAndDeep)
    {
        using var classifier = TinyTrainedClassifier.Create(layers, bidirectional, seed: layers * 2 + (bidirectional ? 1 : 0), wideAndDeep);
        ExportAndCompare(classifier, batchSeed: 11, temperature: 1, $"layers={layers} bidirectional={bidirectional} wideAndDeep={wideAndDeep}");
    }

    [Theory]
    [InlineData(1, false, 0, 1.0)]
    [InlineData(1, true, 5, 1.0)]
    [InlineData(2, true, 5, 1.7)]
    [InlineData(1, false, 4, 0.6)]
    [InlineData(1, true, 5, 1.3, true)]
    public void Export_DenseHeadAndTemperature_MatchesTorchSharpInBothRuntimes(int layers, bool bidirectional, int denseSize, double temperature, bool wideAndDeep = false)
    {
        using var classifier = TinyTrainedClassifier.Create(layers, bidirectional, seed: 20 + denseSize + layers, wideAndDeep, denseSize);
        ExportAndCompare(classifier, batchSeed: 13, temperature, $"layers={layers} bidirectional={bidirectional} dense={denseSize} T={temperature} wideAndDeep={wideAndDeep}");
    }

    // Attention alone (no maximum), beside the maximum with the wide path, and under a dense layer with two layers.
    [Theory]
    [InlineData(1, true, false, 0)]
    [InlineData(1, true, true, 0)]
    [InlineData(2, false, false, 5)]
    public void Export_AttentionPooling_MatchesTorchSharpInBothRuntimes(int layers, bool bidirectional, bool wideAndDeep, int denseSize)
    {
        using var classifier = TinyTrainedClassifier.Create(layers, bidirectional, seed: 40 + layers + denseSize, wideAndDeep, denseSize, attentionPooling: true);
        ExportAndCompare(classifier, batchSeed: 15, temperature: 1, $"attention layers={layers} bidirectional={bidirectional} wideAndDeep={wideAndDeep} dense={denseSize}");
    }

    /// <summary>Exports with <paramref name="temperature"/> and compares both runtimes with TorchSharp on batches of 1 and 37 (seeds <paramref name="batchSeed"/> and the next).</summary>
    private void ExportAndCompare(SentimentClassifier classifier, int batchSeed, double temperature, string description)
    {
        using var directory = new TemporaryDirectory();
        var path = Path.Combine(directory.Path, "model.onnx");
        SentimentOnnxExporter.Export(ClassifierWeightsReader.Read(classifier, temperature), TestMetadata.For(TinyTrainedClassifier.Vocabulary), path);
        TokenBatch[] batches =
        [
            TokenBatch.Random(1, sequenceLength: 12, TinyTrainedClassifier.Vocabulary, seed: batchSeed),
            TokenBatch.Random(37, sequenceLength: 12, TinyTrainedClassifier.Vocabulary, seed: batchSeed + 1),
        ];

        var onnx = File.ReadAllBytes(path);
        var node = NodeOnnxScorer.Score(path, batches);
        for (var i = 0; i < batches.Length; i++)
        {
            var torchSharp = TinyTrainedClassifier.Probabilities(classifier, batches[i], temperature);
            var dotNetDiff = ParityAssert.Close(torchSharp, OnnxRuntimeScorer.Score(onnx, batches[i]), $"ONNX Runtime C#, batch {batches[i].BatchSize}");
            var nodeDiff = ParityAssert.Close(torchSharp, node[i], $"onnxruntime-node, batch {batches[i].BatchSize}");
            output.WriteLine($"{description} batch={batches[i].BatchSize}: max |torch − ort C#| = {dotNetDiff:E2}, max |torch − ort node| = {nodeDiff:E2}");
        }
    }
}
