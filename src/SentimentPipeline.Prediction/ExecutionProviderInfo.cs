namespace SentimentPipeline.Prediction;

/// <summary>Which ONNX Runtime execution provider actually runs the model, and why.</summary>
/// <param name="Name">The provider in use: <see cref="Cpu"/> or <see cref="Cuda"/>.</param>
/// <param name="GpuDeviceId">The CUDA device id when <paramref name="Name"/> is CUDA, else <see langword="null"/>.</param>
/// <param name="GpuRequested">Whether the caller asked for the GPU.</param>
/// <param name="FallbackReason">Why a GPU request ended on CPU; <see langword="null"/> when it did not.</param>
public sealed record ExecutionProviderInfo(string Name, int? GpuDeviceId, bool GpuRequested, string? FallbackReason)
{
    /// <summary>ONNX Runtime's name of the CPU provider.</summary>
    public const string Cpu = "CPUExecutionProvider";

    /// <summary>ONNX Runtime's name of the CUDA provider.</summary>
    public const string Cuda = "CUDAExecutionProvider";

    /// <summary>Whether the model runs on a GPU.</summary>
    public bool IsGpu => Name == Cuda;

    /// <summary>A one-line description, e.g. <c>CPUExecutionProvider (GPU requested, fell back: …)</c>.</summary>
    public override string ToString() => (IsGpu, FallbackReason) switch
    {
        (true, _) => $"{Name} (device {GpuDeviceId})",
        (false, null) => Name,
        (false, var reason) => $"{Name} (GPU requested, fell back: {reason})",
    };
}
