namespace SentimentPipeline.OnnxExport.Weights;

/// <summary>
/// Additive attention over the last LSTM layer's outputs h_t (features F = directions × hidden):
/// score_t = v · tanh(W h_t + b) over the real positions, softmax over them, and the weighted sum of h_t.
/// </summary>
/// <param name="ProjectionWeight"><c>attention_projection.weight</c>: W, [F, F].</param>
/// <param name="ProjectionBias"><c>attention_projection.bias</c>: b, [F].</param>
/// <param name="ScoreWeight"><c>attention_score.weight</c>: v, [1, F].</param>
public sealed record AttentionPoolingWeights(WeightTensor ProjectionWeight, WeightTensor ProjectionBias, WeightTensor ScoreWeight);
