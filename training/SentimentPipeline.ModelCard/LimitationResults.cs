namespace SentimentPipeline.ModelCard;

/// <summary>What the model does with each kind of text of a <see cref="LimitationSet"/>.</summary>
/// <param name="DomainShift">Accuracy on opinions outside products and services.</param>
/// <param name="Sarcasm">Accuracy on sarcastic complaints (the share judged negative).</param>
/// <param name="Neutral">How sure the model is about statements without an opinion.</param>
/// <param name="Mixed">How sure the model is about reviews with a good and a bad point.</param>
public sealed record LimitationResults(LabeledScore DomainShift, LabeledScore Sarcasm, UnlabeledScore Neutral, UnlabeledScore Mixed);

/// <summary>Accuracy on labelled sentences.</summary>
/// <param name="Count">Sentences.</param>
/// <param name="Correct">Sentences given the expected label.</param>
public sealed record LabeledScore(int Count, int Correct)
{
    /// <summary>Share given the expected label.</summary>
    public double Accuracy => (double)Correct / Count;
}

/// <summary>Confidence on sentences that have no right label.</summary>
/// <param name="Count">Sentences.</param>
/// <param name="Positive">Sentences labelled positive.</param>
/// <param name="MeanConfidence">Mean probability of the predicted class (0.5 = undecided, 1 = certain).</param>
/// <param name="Confident">Sentences whose predicted class has probability of at least <see cref="LimitationEvaluator.ConfidentProbability"/>.</param>
public sealed record UnlabeledScore(int Count, int Positive, double MeanConfidence, int Confident);
