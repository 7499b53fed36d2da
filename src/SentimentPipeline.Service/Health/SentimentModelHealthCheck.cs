using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Options;
using SentimentPipeline.Prediction;
using SentimentPipeline.Service.Batching;

namespace SentimentPipeline.Service.Health;

/// <summary>
/// Readiness: the model is loaded and scores each probe review with finite probabilities that sum to 1. A corrupt
/// model (NaN or ∞ weights, or one that fails in ONNX Runtime) makes the service not ready.
/// </summary>
internal sealed class SentimentModelHealthCheck(ReviewScorer scorer, IOptions<SentimentModelOptions> options) : IHealthCheck
{
    public const string Name = "sentiment-model";
    public const string ReadyTag = "ready";

    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var probes = options.Value.ProbeReviews.ToArray();
        try
        {
            var predictions = scorer.ScoreNow(probes);
            for (var i = 0; i < probes.Length; i++)
            {
                if (!PredictionValidity.IsValid(predictions[i]))
                {
                    return Task.FromResult(HealthCheckResult.Unhealthy(
                        $"probe review {i + 1} scored positive={predictions[i].Positive}, negative={predictions[i].Negative}: not a probability"));
                }
            }

            return Task.FromResult(HealthCheckResult.Healthy($"{probes.Length} probe reviews scored"));
        }
        catch (NonFiniteProbabilityException e)
        {
            return Task.FromResult(HealthCheckResult.Unhealthy($"probe review {e.ReviewIndices[0] + 1} cannot be scored: {e.Message}"));
        }
        catch (Exception e)
        {
            return Task.FromResult(HealthCheckResult.Unhealthy($"probe reviews cannot be scored: {e.Message}"));
        }
    }
}
