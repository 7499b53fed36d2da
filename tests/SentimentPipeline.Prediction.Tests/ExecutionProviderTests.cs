using Microsoft.Extensions.Logging;
using Microsoft.ML.OnnxRuntime;
using SentimentPipeline.TestSupport;

namespace SentimentPipeline.Prediction.Tests;

/// <summary>
/// GPU requests on this machine's CPU-only ONNX Runtime: fallback with a warning, or a clear failure when strict.
/// Each has a twin for where CUDA is present (a -p:UseOnnxRuntimeGpu=true build on a GPU machine) that checks it is used;
/// the twin that does not apply to this machine reports as skipped.
/// </summary>
[Collection(ModelCollection.Name)]
public sealed class ExecutionProviderTests(ModelFixture fixture)
{
    private const string CudaPresentReason = "CUDA is present: this checks the CPU-only ONNX Runtime (the CUDA twin of this test runs instead).";
    private const string CudaAbsentReason = "No CUDA provider in this ONNX Runtime: needs a -p:UseOnnxRuntimeGpu=true build on a GPU machine (benchmarks/gpu-check.sh).";

    private static bool CudaPresent => OrtEnv.Instance().GetAvailableProviders().Contains(ExecutionProviderInfo.Cuda);

    [Fact]
    public void Load_NoGpuRequested_RunsOnCpu()
    {
        Assert.Equal(new ExecutionProviderInfo(ExecutionProviderInfo.Cpu, null, GpuRequested: false, FallbackReason: null), fixture.Model.ExecutionProvider);
        Assert.Equal(ExecutionProviderInfo.Cpu, fixture.Model.ExecutionProvider.ToString());
    }

    [SkippableFact]
    public void Load_GpuWithFallbackWithoutCuda_FallsBackToCpuWithWarning()
    {
        Skip.If(CudaPresent, CudaPresentReason);
        var logger = new RecordingLogger();
        using var model = LoadOnGpu(fallbackToCpu: true, logger);

        Assert.Equal(ExecutionProviderInfo.Cpu, model.ExecutionProvider.Name);
        Assert.True(model.ExecutionProvider.GpuRequested);
        Assert.Contains(ExecutionProviderInfo.Cpu, model.ExecutionProvider.FallbackReason);
        Assert.Contains("fell back", model.ExecutionProvider.ToString());
        var warning = Assert.Single(logger.Entries, e => e.Level == LogLevel.Warning);
        Assert.Contains("running on CPU", warning.Message);
        Assert.Equal(fixture.Model.BatchPredictor.Predict(SampleReviews.TutorialPositive).Positive,
            model.BatchPredictor.Predict(SampleReviews.TutorialPositive).Positive);
    }

    [SkippableFact]
    public void Load_GpuWithFallbackOnCuda_UsesCuda()
    {
        Skip.IfNot(CudaPresent, CudaAbsentReason);
        using var model = LoadOnGpu(fallbackToCpu: true, new RecordingLogger());

        Assert.Equal(ExecutionProviderInfo.Cuda, model.ExecutionProvider.Name);
    }

    [SkippableFact]
    public void Load_StrictGpuWithoutCuda_ThrowsGpuUnavailable()
    {
        Skip.If(CudaPresent, CudaPresentReason);
        var error = Assert.Throws<GpuUnavailableException>(() => LoadOnGpu(fallbackToCpu: false, logger: null));

        Assert.Contains("GPU 0 was requested strictly", error.Message);
        Assert.Contains("-p:UseOnnxRuntimeGpu=true", error.Message);
    }

    [SkippableFact]
    public void Load_StrictGpuOnCuda_RunsOnGpu()
    {
        Skip.IfNot(CudaPresent, CudaAbsentReason);
        using var model = LoadOnGpu(fallbackToCpu: false, logger: null);

        Assert.True(model.ExecutionProvider.IsGpu);
    }

    private SentimentModel LoadOnGpu(bool fallbackToCpu, ILogger? logger) => SentimentModel.Load(fixture.BundleDirectory, new PredictionOptions
    {
        UseGpu = true,
        GpuDeviceId = 0,
        FallbackToCpu = fallbackToCpu,
        Segmenter = fixture.Segmenter,
        Logger = logger,
    });
}
