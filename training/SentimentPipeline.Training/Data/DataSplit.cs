namespace SentimentPipeline.Training.Data;

/// <summary>Row indices of the three splits; disjoint and together covering the corpus.</summary>
/// <param name="Train">Rows the model and the vocabulary learn from.</param>
/// <param name="Validation">Rows for early stopping and checkpoint choice.</param>
/// <param name="Test">Rows only the final report sees.</param>
public sealed record DataSplit(int[] Train, int[] Validation, int[] Test);
