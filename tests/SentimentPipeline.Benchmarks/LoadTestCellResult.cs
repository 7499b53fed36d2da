namespace SentimentPipeline.Benchmarks;

/// <summary>What one load-test cell measured: throughput, latency, failures, answers unlike sequential scoring, server and wrk CPU.</summary>
internal sealed record LoadTestCellResult(
    double RequestsPerSecond,
    double P50Milliseconds,
    double P99Milliseconds,
    long Errors,
    long Mismatches,
    double ServerCpuMillisecondsPerRequest,
    double ClientCpuMillisecondsPerRequest);
