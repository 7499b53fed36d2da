using BenchmarkDotNet.Attributes;
using SentimentPipeline.Prediction;

namespace SentimentPipeline.Benchmarks;

/// <summary>
/// Batched throughput: the same <see cref="PredictionBenchmarkModel.SampleSize"/> reviews scored through ONNX Runtime
/// in batches of 1, 32 and 256 (segmentation and encoding included). The mean is per review; see Reviews/s. Compare
/// with <see cref="PredictionLatencyBenchmarks"/>'s PredictionEngine, which is ML.NET's row-by-row path.
/// </summary>
[MemoryDiagnoser]
[SimpleJob(launchCount: 1, warmupCount: 2, iterationCount: 8)]
public class PredictionThroughputBenchmarks
{
    private SentimentModel _model = null!;
    private string[] _reviews = null!;

    [Params(1, 32, 256)]
    public int BatchSize { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _model = PredictionBenchmarkModel.Load(BatchSize);
        _reviews = [.. BenchmarkReviews.Spread(PredictionBenchmarkModel.SampleSize)];
    }

    [GlobalCleanup]
    public void Cleanup() => _model.Dispose();

    [Benchmark(OperationsPerInvoke = PredictionBenchmarkModel.SampleSize, Description = "BatchPredictor.Predict")]
    public IReadOnlyList<SentimentPrediction> Batched() => _model.BatchPredictor.Predict(_reviews);
}
