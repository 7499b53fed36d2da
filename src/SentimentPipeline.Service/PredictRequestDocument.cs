namespace SentimentPipeline.Service;

/// <summary>The body of <c>POST /predict</c> as the OpenAPI document describes it: exactly one of <c>text</c> and <c>texts</c>.</summary>
/// <param name="Text">One review.</param>
/// <param name="Texts">Several reviews, answered in order.</param>
/// <param name="Explain">Also return each token's contribution to P(positive) (occlusion).</param>
public sealed record PredictRequestDocument(string? Text, IReadOnlyList<string>? Texts, bool? Explain);
