namespace SentimentPipeline.Service;

/// <summary>A validated <c>POST /predict</c> body: one review (<c>{"text": …}</c>) or many (<c>{"texts": […]}</c>).</summary>
/// <param name="Texts">The reviews, in request order.</param>
/// <param name="IsBatch">Whether the request used <c>texts</c> (answered with a list).</param>
/// <param name="Explain">Whether each answer carries its tokens' contributions (<c>"explain": true</c>).</param>
internal sealed record PredictRequest(IReadOnlyList<string> Texts, bool IsBatch, bool Explain);
