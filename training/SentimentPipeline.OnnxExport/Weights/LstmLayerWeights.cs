namespace SentimentPipeline.OnnxExport.Weights;

/// <summary>One LSTM layer: its forward direction and, for a bidirectional LSTM, its backward direction.</summary>
/// <param name="Forward">The parameters named <c>lstm.*_l{k}</c>.</param>
/// <param name="Backward">The parameters named <c>lstm.*_l{k}_reverse</c>; <see langword="null"/> for a unidirectional LSTM.</param>
public sealed record LstmLayerWeights(LstmDirectionWeights Forward, LstmDirectionWeights? Backward);
