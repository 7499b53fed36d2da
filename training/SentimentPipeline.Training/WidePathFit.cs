using SentimentPipeline.Training.Baseline;

namespace SentimentPipeline.Training;

/// <summary>How the wide path was fitted (<see cref="WidePathFitter"/>).</summary>
/// <param name="TokenFeatures">Token n-gram features.</param>
/// <param name="CharFeatures">Character n-gram features.</param>
/// <param name="L2Regularization">The L2 strength chosen on validation.</param>
/// <param name="Candidates">Every strength tried with its validation accuracy and log-loss.</param>
/// <param name="Seconds">Featurising and fitting time.</param>
public sealed record WidePathFit(int TokenFeatures, int CharFeatures, double L2Regularization, IReadOnlyList<BaselineCandidate> Candidates, double Seconds);
