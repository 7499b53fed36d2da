namespace SentimentPipeline.Training.CheckpointExport;

/// <summary>What an export wrote and how closely ONNX Runtime reproduced TorchSharp.</summary>
/// <param name="ModelPath">The written model.onnx.</param>
/// <param name="ModelBytes">Its size in bytes.</param>
/// <param name="VocabularyPath">The vocabulary.json beside it.</param>
/// <param name="ReviewsCompared">Reviews scored by both TorchSharp and ONNX Runtime C#.</param>
/// <param name="MaxAbsDifference">Largest |TorchSharp − ONNX Runtime C#| over their probabilities.</param>
public sealed record OnnxExportResult(string ModelPath, long ModelBytes, string VocabularyPath, int ReviewsCompared, double MaxAbsDifference);
