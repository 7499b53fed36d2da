namespace SentimentPipeline.Training.Baseline;

/// <summary>One regularisation strength tried for the baseline, judged on the validation split.</summary>
/// <param name="L2Regularization">ML.NET L-BFGS <c>L2Regularization</c> (weight of ½‖w‖² beside the summed log-loss).</param>
/// <param name="ValidationAccuracy">Accuracy on the validation split.</param>
/// <param name="ValidationLogLoss">Mean cross-entropy on the validation split.</param>
public sealed record BaselineCandidate(double L2Regularization, double ValidationAccuracy, double ValidationLogLoss);
