using SentimentPipeline.ModelBundle;

namespace SentimentPipeline.Prediction.Transforms;

/// <summary>Class probabilities → predicted label and the probability of each class.</summary>
internal static class LabelMapping
{
    public static void Map(ProbabilitiesRow source, SentimentScoreRow destination)
    {
        var probabilities = source.Probabilities;
        if (probabilities is not { Length: 2 })
        {
            throw new InvalidOperationException(
                $"Column '{SentimentColumnNames.Probabilities}' must hold 2 probabilities (negative, positive); it holds {probabilities?.Length ?? 0}.");
        }

        if (!float.IsFinite(probabilities[0]) || !float.IsFinite(probabilities[1]))
        {
            throw new NonFiniteProbabilityException([0], [null], probabilities[0], probabilities[1]);
        }

        destination.NegativeProbability = probabilities[0];
        destination.PositiveProbability = probabilities[1];
        destination.PredictedLabel = SentimentLabels.FromProbabilities(probabilities[0], probabilities[1]);
    }
}
