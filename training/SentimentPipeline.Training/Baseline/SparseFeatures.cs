namespace SentimentPipeline.Training.Baseline;

/// <summary>A sparse feature vector: ascending feature indices and their values.</summary>
/// <param name="Indices">Feature indices, strictly ascending.</param>
/// <param name="Values">The value of each index, same order.</param>
public sealed record SparseFeatures(int[] Indices, float[] Values);
