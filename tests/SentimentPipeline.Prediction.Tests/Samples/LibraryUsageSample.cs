using SentimentPipeline.Prediction;

namespace SentimentPipeline.Samples;

public static class LibraryUsageSample
{
    public static IReadOnlyList<SentimentPrediction> Run(string modelDirectory)
    {
        // Loads model.onnx + vocabulary.json and refuses a bundle that does not match this build.
        // UseGpu asks for CUDA and falls back to CPU with a logged warning when it is not there.
        using var model = SentimentModel.Load(modelDirectory, new PredictionOptions { UseGpu = true });
        Console.WriteLine($"Running on {model.ExecutionProvider}");

        // One review: an ML.NET PredictionEngine (not thread-safe: one per thread).
        using var engine = model.CreatePredictionEngine();
        var one = engine.Predict(new ReviewInput { Text = "商品质量相当不错,点赞" });
        Console.WriteLine($"{one.Label} (positive {one.Positive:F3})");

        // Many reviews: real batches through ONNX Runtime, the fast path (thread-safe).
        var many = model.BatchPredictor.Predict(["什么破东西,简直没法使用", "物流很快，包装完好"]);

        // Servers: a thread-safe pool of prediction engines.
        using var pool = model.CreateEnginePool();
        var pooled = pool.Predict("还不错");

        return [one, .. many, pooled];
    }
}
