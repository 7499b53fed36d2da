using SentimentPipeline.ModelBundle;
using SentimentPipeline.Prediction;

namespace SentimentPipeline.ModelCard;

/// <summary>Scores a <see cref="LimitationSet"/> with a model.</summary>
public static class LimitationEvaluator
{
    /// <summary>The probability from which a prediction counts as confident.</summary>
    public const double ConfidentProbability = 0.9;

    /// <summary>Runs every sentence through the model's batched path.</summary>
    public static LimitationResults Evaluate(SentimentModel model, LimitationSet set)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(set);
        return new LimitationResults(
            Labeled(model, set.DomainShift),
            Labeled(model, set.Sarcasm),
            Unlabeled(model, set.Neutral),
            Unlabeled(model, set.Mixed));
    }

    private static LabeledScore Labeled(SentimentModel model, IReadOnlyList<LabeledSentence> sentences)
    {
        var predictions = model.BatchPredictor.Predict(sentences.Select(s => s.Text).ToList());
        return new LabeledScore(sentences.Count, sentences.Where((s, i) => predictions[i].Label == s.Expected).Count());
    }

    private static UnlabeledScore Unlabeled(SentimentModel model, IReadOnlyList<string> texts)
    {
        var predictions = model.BatchPredictor.Predict(texts.ToList<string?>());
        var confidences = predictions.Select(p => (double)Math.Max(p.Positive, p.Negative)).ToList();
        return new UnlabeledScore(
            texts.Count,
            predictions.Count(p => p.Label == SentimentLabels.Positive),
            confidences.Average(),
            confidences.Count(c => c >= ConfidentProbability));
    }
}
