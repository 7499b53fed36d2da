namespace SentimentPipeline.Training.Reporting;

/// <summary>The trained model's verdict on a fixed sentence (sanity check, not a metric).</summary>
/// <param name="Text">The sentence.</param>
/// <param name="Expected">The obvious label: positive or negative.</param>
/// <param name="Predicted">The model's label.</param>
/// <param name="PositiveProbability">The model's positive probability.</param>
public sealed record ProbePrediction(string Text, string Expected, string Predicted, double PositiveProbability)
{
    /// <summary>True when the prediction matches the expectation.</summary>
    public bool Correct => Expected == Predicted;
}
