namespace SentimentPipeline.Prediction;

/// <summary>A prediction and, for each token the model read, its contribution (occlusion, see <see cref="SentimentModel.Explain"/>).</summary>
/// <param name="Prediction">The prediction for the whole review.</param>
/// <param name="Tokens">The tokens the model read, in order (at most the model's maximum length).</param>
/// <param name="IgnoredTokens">Tokens past the maximum length: the model never sees them, so they contribute nothing.</param>
public sealed record SentimentExplanation(SentimentPrediction Prediction, IReadOnlyList<TokenContribution> Tokens, int IgnoredTokens);
