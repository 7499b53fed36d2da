using Microsoft.Extensions.ObjectPool;
using Microsoft.ML;

namespace SentimentPipeline.Prediction;

/// <summary>
/// A thread-safe front for <see cref="PredictionEngine{TSrc,TDst}"/>, which is not thread-safe itself: each call
/// borrows an engine from a pool (all built over the same transformer and ONNX session) and returns it.
/// </summary>
public sealed class PooledSentimentEngine : IDisposable
{
    private readonly ObjectPool<PredictionEngine<ReviewInput, SentimentPrediction>> _pool;

    internal PooledSentimentEngine(Func<PredictionEngine<ReviewInput, SentimentPrediction>> createEngine, int maximumRetained)
    {
        _pool = new DefaultObjectPoolProvider { MaximumRetained = maximumRetained }.Create(new EnginePolicy(createEngine));
    }

    /// <summary>Scores one review. <see langword="null"/> is scored as an empty review.</summary>
    /// <param name="text">The review.</param>
    public SentimentPrediction Predict(string? text)
    {
        var engine = _pool.Get();
        try
        {
            return engine.Predict(new ReviewInput { Text = text });
        }
        finally
        {
            _pool.Return(engine);
        }
    }

    /// <summary>Disposes the pooled engines.</summary>
    public void Dispose() => (_pool as IDisposable)?.Dispose();

    private sealed class EnginePolicy(Func<PredictionEngine<ReviewInput, SentimentPrediction>> createEngine)
        : IPooledObjectPolicy<PredictionEngine<ReviewInput, SentimentPrediction>>
    {
        public PredictionEngine<ReviewInput, SentimentPrediction> Create() => createEngine();

        public bool Return(PredictionEngine<ReviewInput, SentimentPrediction> obj) => true;
    }
}
