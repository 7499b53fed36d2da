namespace SentimentPipeline.Training.Baseline;

/// <summary>What <see cref="TfIdfLogisticBaseline.TrainAndScore"/> found.</summary>
/// <param name="L2Regularization">The chosen strength: best validation accuracy, ties to the lower validation log-loss.</param>
/// <param name="Candidates">Every strength tried, in the order tried.</param>
/// <param name="WordFeatures">Word n-gram features (document frequency ≥ the minimum in the training split).</param>
/// <param name="CharFeatures">Character n-gram features.</param>
/// <param name="ValidationProbabilities">Positive probabilities of the chosen model on the validation rows.</param>
/// <param name="TestProbabilities">Positive probabilities of the chosen model on the test rows.</param>
/// <param name="FeaturizeSeconds">Time to choose the n-grams and build the training and validation vectors.</param>
/// <param name="TrainSeconds">Time to train and score every candidate, and to score the test rows.</param>
public sealed record BaselineFit(
    double L2Regularization,
    IReadOnlyList<BaselineCandidate> Candidates,
    int WordFeatures,
    int CharFeatures,
    double[] ValidationProbabilities,
    double[] TestProbabilities,
    double FeaturizeSeconds,
    double TrainSeconds);
