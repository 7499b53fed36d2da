using Microsoft.ML.OnnxRuntime;
using SentimentPipeline.ModelBundle;

namespace SentimentPipeline.OnnxExport.Tests.Support;

/// <summary>Scores a batch with ONNX Runtime's C# API; returns probabilities [batch, classes] row-major.</summary>
internal static class OnnxRuntimeScorer
{
    public static float[] Score(byte[] model, TokenBatch batch)
    {
        using var session = new InferenceSession(model);
        return Score(session, batch);
    }

    public static float[] Score(InferenceSession session, TokenBatch batch)
    {
        using var ids = OrtValue.CreateTensorValueFromMemory(batch.TokenIds, [batch.BatchSize, batch.SequenceLength]);
        using var lengths = OrtValue.CreateTensorValueFromMemory(batch.Lengths, [batch.BatchSize]);
        using var charIds = OrtValue.CreateTensorValueFromMemory(batch.CharIds, [batch.BatchSize, batch.CharacterLength]);
        using var runOptions = new RunOptions();
        using var outputs = session.Run(runOptions,
            new Dictionary<string, OrtValue> { [ModelTensorNames.TokenIds] = ids, [ModelTensorNames.Lengths] = lengths, [ModelTensorNames.CharIds] = charIds },
            [ModelTensorNames.Probabilities]);
        return outputs[0].GetTensorDataAsSpan<float>().ToArray();
    }
}
