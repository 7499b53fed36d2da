namespace SentimentPipeline.Prediction;

/// <summary>
/// The model answered NaN or infinity for one or more reviews (its weights are corrupt, or a value overflowed), so
/// there is no prediction to give for them. Every scoring path throws it instead of returning such a prediction; a
/// batch throws once, with the predictions of the other reviews in <see cref="Predictions"/>.
/// </summary>
public sealed class NonFiniteProbabilityException : Exception
{
    /// <summary>Creates the exception for the reviews at <paramref name="reviewIndices"/> of a batch.</summary>
    /// <param name="reviewIndices">Indices (in input order) of the reviews without finite probabilities.</param>
    /// <param name="predictions">Every review's prediction in input order, null at <paramref name="reviewIndices"/>.</param>
    /// <param name="firstNegative">The first failed review's negative probability as the model gave it.</param>
    /// <param name="firstPositive">Its positive probability.</param>
    public NonFiniteProbabilityException(IReadOnlyList<int> reviewIndices, IReadOnlyList<SentimentPrediction?> predictions, float firstNegative, float firstPositive)
        : base($"the model gave non-finite probabilities (negative {firstNegative}, positive {firstPositive}) for {reviewIndices.Count} of "
            + $"{predictions.Count} reviews, the first at index {reviewIndices[0]}: its weights are corrupt or overflow")
    {
        ReviewIndices = reviewIndices;
        Predictions = predictions;
    }

    /// <summary>Indices (in input order) of the reviews without finite probabilities.</summary>
    public IReadOnlyList<int> ReviewIndices { get; }

    /// <summary>Every review's prediction in input order; null for the reviews in <see cref="ReviewIndices"/>.</summary>
    public IReadOnlyList<SentimentPrediction?> Predictions { get; }
}
