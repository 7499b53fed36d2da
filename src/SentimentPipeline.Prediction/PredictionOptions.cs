using Microsoft.Extensions.Logging;
using SentimentPipeline.Segmentation;

namespace SentimentPipeline.Prediction;

/// <summary>How a model bundle is loaded and run.</summary>
public sealed record PredictionOptions
{
    /// <summary>Default number of reviews per ONNX Runtime call in the batched API.</summary>
    public const int DefaultBatchSize = 256;

    /// <summary>Ask for the CUDA execution provider. Off by default: the CPU provider is used.</summary>
    public bool UseGpu { get; init; }

    /// <summary>CUDA device id used when <see cref="UseGpu"/> is set.</summary>
    public int GpuDeviceId { get; init; }

    /// <summary>
    /// With <see cref="UseGpu"/>: when CUDA cannot be used, run on CPU and log a warning (<see langword="true"/>, the
    /// default), or fail with <see cref="GpuUnavailableException"/> (<see langword="false"/>, strict).
    /// </summary>
    public bool FallbackToCpu { get; init; } = true;

    /// <summary>Most reviews per ONNX Runtime call in <see cref="SentimentBatchPredictor"/>.</summary>
    public int BatchSize { get; init; } = DefaultBatchSize;

    /// <summary>
    /// Threads ONNX Runtime may use inside one call; 0 (the default) lets it choose, one per physical core. A server
    /// that already runs many calls at once usually wants 1: its requests are the parallelism.
    /// </summary>
    public int IntraOpThreads { get; init; }

    /// <summary>
    /// Whether ONNX Runtime's worker threads spin while they wait for work (<see langword="true"/>, its default), in the
    /// batched path (<see cref="SentimentBatchPredictor"/>, explanations; ML.NET's PredictionEngine has no such setting). Spinning
    /// shortens a lone call a little, but the spinning threads take CPU time from everything else in the process: in
    /// a web server that is the request handling (the service README, "Micro-batching", measures it).
    /// </summary>
    public bool AllowSpinning { get; init; } = true;

    /// <summary>
    /// The segmenter to use; <see langword="null"/> builds <see cref="JiebaSegmenter.CreateDefault"/>. Its dictionary
    /// checksum must equal the one the model was trained with.
    /// </summary>
    public JiebaSegmenter? Segmenter { get; init; }

    /// <summary>Receives the GPU fallback warning and load information; <see langword="null"/> logs nothing.</summary>
    public ILogger? Logger { get; init; }

    /// <summary>Throws <see cref="ArgumentOutOfRangeException"/> naming the first invalid option (its parameter name is the property's).</summary>
    public void Validate()
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(BatchSize, 1, nameof(BatchSize));
        ArgumentOutOfRangeException.ThrowIfNegative(GpuDeviceId, nameof(GpuDeviceId));
        ArgumentOutOfRangeException.ThrowIfNegative(IntraOpThreads, nameof(IntraOpThreads));
    }
}
