using SentimentPipeline.OnnxExport.Tests.Support;

namespace SentimentPipeline.OnnxExport.Tests;

/// <summary>The exported file gives the same probabilities in a second runtime, onnxruntime-node 1.30.0.</summary>
[Trait("Category", "Slow")]
public sealed class NodeRuntimeParityTests
{
    [Theory]
    [InlineData(1, false)]
    [InlineData(2, false)]
    [InlineData(1, true)]
    [InlineData(2, true)]
    public void Export_RandomModel_ScoresTheSameInNodeAndDotNetRuntimes(int layers, bool bidirectional)
    {
        using var directory = new TemporaryDirectory();
        var path = Path.Combine(directory.Path, "model.onnx");
        var weights = RandomWeights.Create(vocabulary: 50, embedding: 6, hidden: 5, layers, bidirectional, seed: layers);
        SentimentOnnxExporter.Export(weights, TestMetadata.For(50), path);
        TokenBatch[] batches = [TokenBatch.Random(1, 11, 50, seed: 1), TokenBatch.Random(37, 11, 50, seed: 2)];

        var node = NodeOnnxScorer.Score(path, batches);

        var model = File.ReadAllBytes(path);
        for (var i = 0; i < batches.Length; i++)
        {
            ParityAssert.Close(OnnxRuntimeScorer.Score(model, batches[i]), node[i], $"batch of {batches[i].BatchSize}");
        }
    }
}
