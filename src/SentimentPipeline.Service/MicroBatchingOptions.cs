namespace SentimentPipeline.Service;

/// <summary>
/// How concurrent single-review predictions are gathered into one ONNX Runtime call. The scorer takes whatever is
/// queued, up to <see cref="MaxBatchSize"/>, waiting at most <see cref="MaxWait"/> after the first review for more.
/// Defaults measured with <c>benchmarks/load-test.sh</c> (the package README, "Micro-batching").
/// </summary>
public sealed class MicroBatchingOptions
{
    /// <summary>Default largest batch.</summary>
    public const int DefaultMaxBatchSize = 64;

    /// <summary>
    /// Default wait for more reviews after the first one of a batch: none. Reviews that arrive while a batch runs
    /// form the next one, so an idle server adds no latency. Measured against 1 and 2 ms (the package README,
    /// "Micro-batching"): waiting bought no clear gain at 64 connections and cost throughput at one connection.
    /// </summary>
    public static readonly TimeSpan DefaultMaxWait = TimeSpan.Zero;

    /// <summary>
    /// Default number of batches scored at once: one, since a model loaded with the library's defaults lets ONNX
    /// Runtime use every core inside each call. With one thread per call (<c>sentiment serve</c>), use one per core.
    /// </summary>
    public const int DefaultMaxConcurrentBatches = 1;

    /// <summary>Default number of reviews that may wait; more get 503 with <c>Retry-After</c>.</summary>
    public const int DefaultQueueCapacity = 4096;

    /// <summary>Gather concurrent single reviews (<see langword="true"/>, the default) or score each request on its own.</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>Most reviews scored in one call.</summary>
    public int MaxBatchSize { get; set; } = DefaultMaxBatchSize;

    /// <summary>Longest time the first review of a batch waits for others; zero takes only what is already queued.</summary>
    public TimeSpan MaxWait { get; set; } = DefaultMaxWait;

    /// <summary>
    /// Batches scored at the same time, each by its own scoring loop; also how many single reviews may be scored at
    /// once, unqueued, while the queue is empty.
    /// </summary>
    public int MaxConcurrentBatches { get; set; } = DefaultMaxConcurrentBatches;

    /// <summary>Most reviews waiting to be scored; a request beyond it is answered 503 at once.</summary>
    public int QueueCapacity { get; set; } = DefaultQueueCapacity;

    /// <summary>The <c>Retry-After</c> of a 503 for a full queue, in seconds.</summary>
    public int RetryAfterSeconds { get; set; } = 1;

    /// <summary>Every invalid value, each naming its property under <paramref name="prefix"/> (e.g. <c>Batching.</c>); empty when all are valid.</summary>
    internal IEnumerable<string> FindProblems(string prefix)
    {
        var counts = new[]
        {
            (nameof(MaxBatchSize), MaxBatchSize),
            (nameof(MaxConcurrentBatches), MaxConcurrentBatches),
            (nameof(QueueCapacity), QueueCapacity),
            (nameof(RetryAfterSeconds), RetryAfterSeconds),
        };
        foreach (var (name, value) in counts)
        {
            if (value < 1)
            {
                yield return $"{prefix}{name} must be at least 1; got {value}.";
            }
        }

        if (MaxWait < TimeSpan.Zero || MaxWait > TimeSpan.FromSeconds(1))
        {
            yield return $"{prefix}{nameof(MaxWait)} must be between 0 and 1 s; got {MaxWait}.";
        }
    }
}
