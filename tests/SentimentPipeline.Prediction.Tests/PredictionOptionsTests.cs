namespace SentimentPipeline.Prediction.Tests;

/// <summary><see cref="PredictionOptions.Validate"/> names the bad option, and loading checks it before touching the bundle.</summary>
public sealed class PredictionOptionsTests
{
    [Fact]
    public void Validate_Defaults_Passes()
    {
        var options = new PredictionOptions();

        options.Validate();
        Assert.Equal((PredictionOptions.DefaultBatchSize, 0, true, false), (options.BatchSize, options.GpuDeviceId, options.FallbackToCpu, options.UseGpu));
        Assert.Equal((0, true), (options.IntraOpThreads, options.AllowSpinning));
    }

    [Theory]
    [InlineData(0, 0, 0, nameof(PredictionOptions.BatchSize))]
    [InlineData(-3, 0, 0, nameof(PredictionOptions.BatchSize))]
    [InlineData(16, -1, 0, nameof(PredictionOptions.GpuDeviceId))]
    [InlineData(16, 0, -1, nameof(PredictionOptions.IntraOpThreads))]
    public void Validate_OutOfRange_ThrowsNamingTheOption(int batchSize, int gpuDeviceId, int intraOpThreads, string option)
    {
        var options = new PredictionOptions { BatchSize = batchSize, GpuDeviceId = gpuDeviceId, IntraOpThreads = intraOpThreads };

        var error = Assert.Throws<ArgumentOutOfRangeException>(options.Validate);
        Assert.Equal(option, error.ParamName);
    }

    [Fact]
    public void Load_ZeroBatchSize_ThrowsBeforeReadingTheBundle()
    {
        var missing = Path.Combine(Path.GetTempPath(), "no-such-bundle-" + Guid.NewGuid().ToString("N"));

        var error = Assert.Throws<ArgumentOutOfRangeException>(() => SentimentModel.Load(missing, new PredictionOptions { BatchSize = 0 }));
        Assert.Equal(nameof(PredictionOptions.BatchSize), error.ParamName);
    }
}
