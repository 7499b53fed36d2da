using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using SentimentPipeline.Prediction;

namespace SentimentPipeline.Service.Tests;

/// <summary><see cref="SentimentModelOptions.Validate"/> and the same checks when the library's registered options are read.</summary>
public sealed class SentimentModelOptionsTests
{
    [Fact]
    public void Validate_Defaults_Passes() => new SentimentModelOptions { ModelDirectory = "bundle" }.Validate();

    [Fact]
    public void Validate_ZeroMaxReviewsPerRequest_ThrowsNamingIt()
    {
        var options = new SentimentModelOptions { ModelDirectory = "bundle", MaxReviewsPerRequest = 0 };

        var error = Assert.Throws<OptionsValidationException>(() => options.Validate());
        Assert.Equal(["MaxReviewsPerRequest must be at least 1; got 0."], error.Failures);
    }

    [Fact]
    public void Validate_SeveralBadValues_ListsEveryOne()
    {
        var options = new SentimentModelOptions
        {
            MaxRequestBodyBytes = 0,
            Batching = new MicroBatchingOptions { QueueCapacity = -1 },
            Prediction = new PredictionOptions { BatchSize = 0 },
            ProbeReviews = [],
        };

        var error = Assert.Throws<OptionsValidationException>(() => options.Validate());
        Assert.Equal(5, error.Failures.Count());
        Assert.Contains("ModelDirectory is required (the model bundle directory).", error.Failures);
        Assert.Contains("Batching.QueueCapacity must be at least 1; got -1.", error.Failures);
        Assert.Contains(error.Failures, failure => failure.StartsWith("Prediction.BatchSize:", StringComparison.Ordinal));
    }

    [Fact]
    public void Validate_LoadedModelGiven_NeedsNoModelDirectory() => new SentimentModelOptions().Validate(requireModelDirectory: false);

    [Fact]
    public void AddSentimentModel_ZeroMaxReviewsPerRequest_RejectedWhenTheOptionsAreRead()
    {
        var services = new ServiceCollection().AddSingleton<Microsoft.Extensions.Logging.ILoggerFactory>(NullLoggerFactory.Instance);
        services.AddSentimentModel(options =>
        {
            options.ModelDirectory = "bundle";
            options.MaxReviewsPerRequest = 0;
        });
        using var provider = services.BuildServiceProvider();

        var error = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<IOptions<SentimentModelOptions>>().Value);
        Assert.Contains("MaxReviewsPerRequest must be at least 1; got 0.", error.Failures);
    }
}
