namespace SentimentPipeline.Training.Evaluation;

/// <summary>How well a binary sentiment classifier did on one split (positive class = 1, threshold 0.5).</summary>
/// <param name="Count">Reviews evaluated.</param>
/// <param name="Accuracy">Share predicted correctly.</param>
/// <param name="Precision">TP / (TP + FP) for the positive class.</param>
/// <param name="Recall">TP / (TP + FN) for the positive class.</param>
/// <param name="F1">Harmonic mean of precision and recall.</param>
/// <param name="RocAuc">Area under the ROC curve of the positive probability (ties count half).</param>
/// <param name="ConfusionMatrix">The outcome counts.</param>
/// <param name="PerCategory">Accuracy per category, when the corpus has categories; else empty.</param>
public sealed record ClassificationMetrics(
    int Count,
    double Accuracy,
    double Precision,
    double Recall,
    double F1,
    double RocAuc,
    ConfusionMatrix ConfusionMatrix,
    IReadOnlyDictionary<string, CategoryAccuracy> PerCategory);
