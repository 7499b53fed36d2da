namespace SentimentPipeline.Training.Calibration;

/// <summary>One confidence bin of a reliability diagram.</summary>
/// <param name="Lower">Lower edge of the bin (exclusive, except 0).</param>
/// <param name="Upper">Upper edge (inclusive).</param>
/// <param name="Count">Reviews whose confidence falls in the bin.</param>
/// <param name="MeanConfidence">Their mean confidence (probability of the predicted class); NaN when empty.</param>
/// <param name="Accuracy">Share of them predicted correctly; NaN when empty.</param>
public sealed record ReliabilityBin(double Lower, double Upper, int Count, double MeanConfidence, double Accuracy);
