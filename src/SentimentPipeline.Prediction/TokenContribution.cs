namespace SentimentPipeline.Prediction;

/// <summary>One token of an explained review and how much it moved the verdict.</summary>
/// <param name="Token">The token as the model sees it (normalized, lower-cased).</param>
/// <param name="Contribution">
/// P(positive) of the whole review minus P(positive) with this token left out: above zero the token pushed the
/// review towards positive, below zero towards negative.
/// </param>
public sealed record TokenContribution(string Token, float Contribution);
