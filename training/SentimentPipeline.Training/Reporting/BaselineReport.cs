using SentimentPipeline.Training.Baseline;
using SentimentPipeline.Training.Evaluation;

namespace SentimentPipeline.Training.Reporting;

/// <summary>The linear baseline's result on the same validation and test splits.</summary>
/// <param name="Description">What the baseline is.</param>
/// <param name="Seconds">Its whole time: featurising, training every candidate, scoring.</param>
/// <param name="FeaturizeSeconds">Choosing the n-grams and building the vectors.</param>
/// <param name="TrainSeconds">Training and scoring every L2 candidate.</param>
/// <param name="WordFeatures">Word n-gram features.</param>
/// <param name="CharFeatures">Character n-gram features.</param>
/// <param name="L2Regularization">The L2 strength chosen on validation.</param>
/// <param name="Candidates">Every L2 strength tried with its validation accuracy and log-loss.</param>
/// <param name="Validation">The chosen model's validation metrics.</param>
/// <param name="Test">Its test metrics.</param>
public sealed record BaselineReport(
    string Description,
    double Seconds,
    double FeaturizeSeconds,
    double TrainSeconds,
    int WordFeatures,
    int CharFeatures,
    double L2Regularization,
    IReadOnlyList<BaselineCandidate> Candidates,
    ClassificationMetrics Validation,
    ClassificationMetrics Test);
