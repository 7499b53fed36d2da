namespace SentimentPipeline.Training.Evaluation;

/// <summary>Accuracy on the reviews of one category.</summary>
/// <param name="Count">Reviews of the category in the evaluated split.</param>
/// <param name="Accuracy">Share predicted correctly.</param>
public sealed record CategoryAccuracy(int Count, double Accuracy);
