using Microsoft.Extensions.Options;
using SentimentPipeline.Prediction;

namespace SentimentPipeline.Service;

/// <summary>
/// What <see cref="SentimentServiceCollectionExtensions.AddSentimentModel(Microsoft.Extensions.DependencyInjection.IServiceCollection, Action{SentimentModelOptions})"/>
/// registers: the model bundle to load and the request limits of the endpoints. Validated when the host starts.
/// </summary>
public sealed class SentimentModelOptions
{
    /// <summary>Default request body limit: 8 MiB, room for a 1,000,000-character review escaped as <c>\uXXXX</c>.</summary>
    public const long DefaultMaxRequestBodyBytes = 8 * 1024 * 1024;

    /// <summary>Default maximum number of reviews in one request.</summary>
    public const int DefaultMaxReviewsPerRequest = 1024;

    /// <summary>Default maximum length of one review in UTF-16 characters.</summary>
    public const int DefaultMaxReviewCharacters = 1_000_000;

    /// <summary>The bundle directory (model.onnx + vocabulary.json). Required unless a loaded model is given.</summary>
    public string? ModelDirectory { get; set; }

    /// <summary>How the bundle is loaded and run (GPU, batch size); <see langword="null"/> means CPU and defaults.</summary>
    public PredictionOptions? Prediction { get; set; }

    /// <summary>The name shown by <c>GET /model</c> and in metric labels; <see langword="null"/> means the bundle directory's name.</summary>
    public string? ModelName { get; set; }

    /// <summary>Largest accepted request body in bytes; larger bodies get 413.</summary>
    public long MaxRequestBodyBytes { get; set; } = DefaultMaxRequestBodyBytes;

    /// <summary>Most reviews accepted in one <c>texts</c> array; more get 400.</summary>
    public int MaxReviewsPerRequest { get; set; } = DefaultMaxReviewsPerRequest;

    /// <summary>
    /// Longest accepted review in UTF-16 characters; longer ones get 400. Only the first tokens of a review reach
    /// the model, but segmentation holds the whole text while it runs, so this bounds one request's memory.
    /// </summary>
    public int MaxReviewCharacters { get; set; } = DefaultMaxReviewCharacters;

    /// <summary>Micro-batching of concurrent single-review requests.</summary>
    public MicroBatchingOptions Batching { get; set; } = new();

    /// <summary>Reviews the readiness check scores; it fails when any of them does not get finite probabilities.</summary>
    public IList<string> ProbeReviews { get; set; } = ["商品质量相当不错,点赞", "什么破东西,简直没法使用"];

    /// <summary>
    /// Throws <see cref="OptionsValidationException"/> listing every invalid value by its name (the same checks run
    /// when the host starts and whenever the registered options are read).
    /// </summary>
    /// <param name="requireModelDirectory">False when a loaded model is given instead of <see cref="ModelDirectory"/>.</param>
    public void Validate(bool requireModelDirectory = true)
    {
        var problems = FindProblems(requireModelDirectory);
        if (problems.Count > 0)
        {
            throw new OptionsValidationException(Options.DefaultName, typeof(SentimentModelOptions), problems);
        }
    }

    /// <summary>Every invalid value, each naming its property; empty when all are valid.</summary>
    internal IReadOnlyList<string> FindProblems(bool requireModelDirectory)
    {
        var problems = new List<string>();
        if (requireModelDirectory && string.IsNullOrWhiteSpace(ModelDirectory))
        {
            problems.Add($"{nameof(ModelDirectory)} is required (the model bundle directory).");
        }

        foreach (var (name, value) in new[] { (nameof(MaxRequestBodyBytes), MaxRequestBodyBytes), (nameof(MaxReviewsPerRequest), MaxReviewsPerRequest), (nameof(MaxReviewCharacters), MaxReviewCharacters) })
        {
            if (value < 1)
            {
                problems.Add($"{name} must be at least 1; got {value}.");
            }
        }

        problems.AddRange(Batching.FindProblems($"{nameof(Batching)}."));
        if (ProbeReviews.Count == 0)
        {
            problems.Add($"{nameof(ProbeReviews)} needs at least one review for the readiness check.");
        }

        try
        {
            Prediction?.Validate();
        }
        catch (ArgumentOutOfRangeException e)
        {
            problems.Add($"{nameof(Prediction)}.{e.ParamName}: {e.Message}");
        }

        return problems;
    }
}
