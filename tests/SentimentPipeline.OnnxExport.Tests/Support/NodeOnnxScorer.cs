using System.Text.Json;
using SentimentPipeline.TestSupport;

namespace SentimentPipeline.OnnxExport.Tests.Support;

/// <summary>Scores batches with onnxruntime-node through tests/node/score-onnx.js (one node process for all batches).</summary>
internal static class NodeOnnxScorer
{
    public static IReadOnlyList<float[]> Score(string modelPath, IReadOnlyList<TokenBatch> batches)
    {
        var request = JsonSerializer.Serialize(new
        {
            model = modelPath,
            batches = batches.Select(b => new { tokenIds = b.TokenIds, lengths = b.Lengths, sequenceLength = b.SequenceLength, charIds = b.CharIds, characterLength = b.CharacterLength }),
        });
        var response = NodeReferenceRuntime.Ensure().RunScript("score-onnx.js", [], request);
        using var document = JsonDocument.Parse(response);
        return document.RootElement.GetProperty("probabilities").EnumerateArray()
            .Select(batch => batch.EnumerateArray().Select(p => p.GetSingle()).ToArray())
            .ToList();
    }
}
