using BenchmarkDotNet.Attributes;
using Microsoft.ML;
using SentimentPipeline.Prediction;

namespace SentimentPipeline.Benchmarks;

/// <summary>
/// Single-review latency: one review per operation, cycling through reviews of online_shopping_10_cats.csv, through
/// ML.NET's PredictionEngine, the pooled engine, and the batched ONNX Runtime path with a batch of one.
/// </summary>
[MemoryDiagnoser]
[SimpleJob(launchCount: 1, warmupCount: 3, iterationCount: 10)]
public class PredictionLatencyBenchmarks
{
    private SentimentModel _model = null!;
    private PredictionEngine<ReviewInput, SentimentPrediction> _engine = null!;
    private PooledSentimentEngine _pool = null!;
    private string[] _reviews = null!;
    private int _next;

    [GlobalSetup]
    public void Setup()
    {
        _model = PredictionBenchmarkModel.Load();
        _engine = _model.CreatePredictionEngine();
        _pool = _model.CreateEnginePool();
        _reviews = [.. BenchmarkReviews.Spread(PredictionBenchmarkModel.SampleSize)];
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        _pool.Dispose();
        _engine.Dispose();
        _model.Dispose();
    }

    [Benchmark(Baseline = true, Description = "PredictionEngine.Predict")]
    public SentimentPrediction PredictionEngine() => _engine.Predict(new ReviewInput { Text = NextReview() });

    [Benchmark(Description = "PooledSentimentEngine.Predict")]
    public SentimentPrediction Pooled() => _pool.Predict(NextReview());

    [Benchmark(Description = "BatchPredictor.Predict (batch of 1)")]
    public SentimentPrediction BatchOfOne() => _model.BatchPredictor.Predict(NextReview());

    private string NextReview() => _reviews[_next++ % _reviews.Length];
}
