using Microsoft.Extensions.Logging;
using Microsoft.ML.OnnxRuntime;
using SentimentPipeline.TestSupport;

namespace SentimentPipeline.Prediction.Tests;

/// <summary>
/// GPU requests on this machine's CPU-only ONNX Runtime: fallback with a warning, or a clear failure when strict.
/// Where CUDA is present (a -p:UseOnnxRuntimeGpu=true build on a GPU machine) the same tests check that it is used.
/// </summary>
[Collection(ModelCollection.Name)]
public sealed class ExecutionProviderTests(ModelFixture fixture)
{
    private static bool CudaPresent => OrtEnv.Instance().GetAvailableProviders().Contains(ExecutionProviderInfo.Cuda);

    [Fact]
    public void Load_NoGpuRequested_RunsOnCpu()
    {
        Assert.Equal(new ExecutionProviderInfo(ExecutionProviderInfo.Cpu, null, GpuRequested: false, FallbackReason: null), fixture.Model.ExecutionProvider);
        Assert.Equal(ExecutionProviderInfo.Cpu, fixture.Model.ExecutionProvider.ToString());
    }

    [Fact]
    public void Load_GpuWithFallback_UsesCudaOrFallsBackWithWarning()
    {
        var logger = new RecordingLogger();
        using var model = SentimentModel.Load(fixture.BundleDirectory, new PredictionOptions
        {
            UseGpu = true, GpuDeviceId = 0, FallbackToCpu = true, Segmenter = fixture.Segmenter, Logger = logger,
        });

        if (CudaPresent)
        {
            Assert.Equal(ExecutionProviderInfo.Cuda, model.ExecutionProvider.Name);
            return;
        }

        Assert.Equal(ExecutionProviderInfo.Cpu, model.ExecutionProvider.Name);
        Assert.True(model.ExecutionProvider.GpuRequested);
        Assert.Contains(ExecutionProviderInfo.Cpu, model.ExecutionProvider.FallbackReason);
        Assert.Contains("fell back", model.ExecutionProvider.ToString());
        var warning = Assert.Single(logger.Entries, e => e.Level == LogLevel.Warning);
        Assert.Contains("running on CPU", warning.Message);
        Assert.Equal(fixture.Model.BatchPredictor.Predict(SampleReviews.TutorialPositive).Positive,
            model.BatchPredictor.Predict(SampleReviews.TutorialPositive).Positive);
    }

    [Fact]
    public void Load_StrictGpuWithoutCuda_ThrowsGpuUnavailable()
    {
        var options = new PredictionOptions { UseGpu = true, GpuDeviceId = 0, FallbackToCpu = false, Segmenter = fixture.Segmenter };
        if (CudaPresent)
        {
            using var model = SentimentModel.Load(fixture.BundleDirectory, options);
            Assert.True(model.ExecutionProvider.IsGpu);
            return;
        }

        var error = Assert.Throws<GpuUnavailableException>(() => SentimentModel.Load(fixture.BundleDirectory, options));
        Assert.Contains("GPU 0 was requested strictly", error.Message);
        Assert.Contains("-p:UseOnnxRuntimeGpu=true", error.Message);
    }
}
