using Microsoft.Extensions.Logging;
using Microsoft.ML.OnnxRuntime;

namespace SentimentPipeline.Prediction.Execution;

/// <summary>
/// Decides the execution provider before any session is built. ML.NET's own fallback only catches
/// OnnxRuntimeException, while the CPU-only package throws EntryPointNotFoundException for CUDA, so we probe
/// ourselves: the provider list first, then a real CUDA session over the model.
/// </summary>
internal static class ExecutionProviderSelector
{
    public static ExecutionProviderInfo Select(string modelPath, PredictionOptions options)
    {
        if (!options.UseGpu)
        {
            return new ExecutionProviderInfo(ExecutionProviderInfo.Cpu, null, GpuRequested: false, FallbackReason: null);
        }

        var failure = ProbeCuda(modelPath, options.GpuDeviceId, out var error);
        if (failure is null)
        {
            return new ExecutionProviderInfo(ExecutionProviderInfo.Cuda, options.GpuDeviceId, GpuRequested: true, FallbackReason: null);
        }

        if (!options.FallbackToCpu)
        {
            throw new GpuUnavailableException(
                $"GPU {options.GpuDeviceId} was requested strictly but cannot be used: {failure}. "
                + "Build with -p:UseOnnxRuntimeGpu=true on a machine with CUDA, or allow the CPU fallback.", error);
        }

        options.Logger?.LogWarning(error, "GPU {DeviceId} requested but unavailable ({Reason}); running on CPU.", options.GpuDeviceId, failure);
        return new ExecutionProviderInfo(ExecutionProviderInfo.Cpu, null, GpuRequested: true, FallbackReason: failure);
    }

    /// <summary>Session options for the chosen provider and the threading in <paramref name="options"/>; the caller disposes them.</summary>
    public static SessionOptions CreateSessionOptions(ExecutionProviderInfo provider, PredictionOptions options)
    {
        var session = provider.IsGpu ? SessionOptions.MakeSessionOptionWithCudaProvider(provider.GpuDeviceId!.Value) : new SessionOptions();
        session.IntraOpNumThreads = options.IntraOpThreads;
        if (!options.AllowSpinning)
        {
            session.AddSessionConfigEntry("session.intra_op.allow_spinning", "0");
        }

        return session;
    }

    /// <summary>Returns null when CUDA works for this model, else the reason it does not.</summary>
    private static string? ProbeCuda(string modelPath, int deviceId, out Exception? error)
    {
        error = null;
        try
        {
            var providers = OrtEnv.Instance().GetAvailableProviders();
            if (!providers.Contains(ExecutionProviderInfo.Cuda))
            {
                return $"this ONNX Runtime offers only {string.Join(", ", providers)} (the CPU package; CUDA needs Microsoft.ML.OnnxRuntime.Gpu)";
            }

            using var sessionOptions = SessionOptions.MakeSessionOptionWithCudaProvider(deviceId);
            using var session = new InferenceSession(modelPath, sessionOptions);
            return null;
        }
        catch (Exception e) when (e is EntryPointNotFoundException or DllNotFoundException or TypeInitializationException or OnnxRuntimeException)
        {
            error = e;
            return $"{e.GetType().Name}: {e.Message}";
        }
    }
}
