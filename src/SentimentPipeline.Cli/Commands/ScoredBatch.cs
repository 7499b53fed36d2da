using SentimentPipeline.Prediction;

namespace SentimentPipeline.Cli.Commands;

/// <summary>
/// Scores the reviews of a batch that have no error yet in one call, keeping input order. A review the model gives
/// NaN or infinity for gets an error instead of a prediction, and the others keep theirs.
/// </summary>
internal static class ScoredBatch
{
    public const string NonFiniteError = "the model gave non-finite probabilities (NaN or infinity) for this review: its weights are corrupt or overflow";

    public static IReadOnlyList<ScoredReview> Score(SentimentModel model, IReadOnlyList<(string? Text, string? Error)> reviews)
    {
        var usable = Enumerable.Range(0, reviews.Count).Where(i => reviews[i].Error is null).ToArray();
        IReadOnlyList<SentimentPrediction?> predictions;
        try
        {
            predictions = model.BatchPredictor.Predict(usable.Select(i => reviews[i].Text).ToList());
        }
        catch (NonFiniteProbabilityException e)
        {
            predictions = e.Predictions;
        }

        var results = reviews.Select(r => new ScoredReview(null, r.Error)).ToArray();
        for (var u = 0; u < usable.Length; u++)
        {
            results[usable[u]] = predictions[u] is { } prediction ? new ScoredReview(prediction, null) : new ScoredReview(null, NonFiniteError);
        }

        return results;
    }
}
