using Microsoft.ML;
using Microsoft.ML.Data;
using Microsoft.ML.Transforms.Onnx;
using SentimentPipeline.Preprocessing;

namespace SentimentPipeline.Prediction.Bundle;

/// <summary>Builds and fits the ML.NET pipeline text → tokens → ids → ONNX → label for one model.</summary>
internal static class SentimentPipelineBuilder
{
    public static ITransformer Build(MLContext mlContext, TextEncoder encoder, string modelPath, ExecutionProviderInfo provider, int intraOpThreads)
    {
        // Fixed shapes for one row: OnnxTransformer cannot infer symbolic batch/sequence axes from a vector column.
        var shapes = new Dictionary<string, int[]>
        {
            [SentimentColumnNames.TokenIds] = [1, encoder.MaxLength],
            [SentimentColumnNames.Lengths] = [1],
            [SentimentColumnNames.CharIds] = [1, encoder.MaxCharacters],
        };
        var pipeline = mlContext.Transforms.SegmentReviews(SentimentColumnNames.Tokens, encoder, SentimentColumnNames.Text)
            .Append(mlContext.Transforms.EncodeTokens(SentimentColumnNames.TokenIds, encoder, SentimentColumnNames.Tokens))
            .Append(mlContext.Transforms.ApplyOnnxModel(new OnnxOptions
            {
                OutputColumns = [SentimentColumnNames.Probabilities],
                InputColumns = [SentimentColumnNames.TokenIds, SentimentColumnNames.Lengths, SentimentColumnNames.CharIds],
                ModelFile = modelPath,
                ShapeDictionary = shapes,
                GpuDeviceId = provider.GpuDeviceId,
                FallbackToCpu = false,
                IntraOpNumThreads = intraOpThreads > 0 ? intraOpThreads : null,
            }))
            .Append(mlContext.Transforms.MapProbabilitiesToSentiment());
        var empty = mlContext.Data.LoadFromEnumerable(Array.Empty<ReviewInput>(),
            SchemaDefinition.Create(typeof(ReviewInput), SchemaDefinition.Direction.Read));
        return pipeline.Fit(empty);
    }
}
