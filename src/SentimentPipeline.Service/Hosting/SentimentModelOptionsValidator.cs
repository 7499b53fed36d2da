using Microsoft.Extensions.Options;

namespace SentimentPipeline.Service.Hosting;

/// <summary>Checks <see cref="SentimentModelOptions"/> when the host starts, listing every bad value at once.</summary>
internal sealed class SentimentModelOptionsValidator(bool modelGiven) : IValidateOptions<SentimentModelOptions>
{
    public ValidateOptionsResult Validate(string? name, SentimentModelOptions options)
    {
        var failures = new List<string>();
        if (!modelGiven && string.IsNullOrWhiteSpace(options.ModelDirectory))
        {
            failures.Add($"{nameof(SentimentModelOptions.ModelDirectory)} is required (the model bundle directory).");
        }

        Positive(failures, nameof(SentimentModelOptions.MaxRequestBodyBytes), options.MaxRequestBodyBytes);
        Positive(failures, nameof(SentimentModelOptions.MaxReviewsPerRequest), options.MaxReviewsPerRequest);
        Positive(failures, nameof(SentimentModelOptions.MaxReviewCharacters), options.MaxReviewCharacters);
        Positive(failures, "Batching.MaxBatchSize", options.Batching.MaxBatchSize);
        Positive(failures, "Batching.QueueCapacity", options.Batching.QueueCapacity);
        Positive(failures, "Batching.RetryAfterSeconds", options.Batching.RetryAfterSeconds);
        if (options.Batching.MaxWait < TimeSpan.Zero || options.Batching.MaxWait > TimeSpan.FromSeconds(1))
        {
            failures.Add($"Batching.MaxWait must be between 0 and 1 s; got {options.Batching.MaxWait}.");
        }

        if (options.ProbeReviews.Count == 0)
        {
            failures.Add($"{nameof(SentimentModelOptions.ProbeReviews)} needs at least one review for the readiness check.");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    private static void Positive(List<string> failures, string name, long value)
    {
        if (value < 1)
        {
            failures.Add($"{name} must be at least 1; got {value}.");
        }
    }
}
