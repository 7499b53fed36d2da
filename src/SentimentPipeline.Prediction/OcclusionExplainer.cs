using SentimentPipeline.Preprocessing;

namespace SentimentPipeline.Prediction;

/// <summary>
/// Explains a prediction by occlusion: the review is scored once whole and once with each token left out, all in
/// one batch, and a token's contribution is how much P(positive) drops without it. It measures exactly what the
/// model does with the token in this review (no gradients or surrogate model), at the cost of one row per token.
/// </summary>
internal sealed class OcclusionExplainer(TextEncoder encoder, SentimentBatchPredictor predictor)
{
    public SentimentExplanation Explain(string? text)
    {
        var tokens = encoder.Tokenize(text ?? string.Empty);
        var read = tokens.Take(encoder.MaxLength).ToArray();
        var rows = new EncodedText[read.Length + 1];
        rows[0] = encoder.EncodeTokens(read);
        for (var i = 0; i < read.Length; i++)
        {
            rows[i + 1] = encoder.EncodeTokens([.. read[..i], .. read[(i + 1)..]]);
        }

        var predictions = predictor.PredictEncoded(rows);
        var whole = predictions[0];
        var contributions = new TokenContribution[read.Length];
        for (var i = 0; i < read.Length; i++)
        {
            contributions[i] = new TokenContribution(read[i], whole.Positive - predictions[i + 1].Positive);
        }

        return new SentimentExplanation(whole, contributions, tokens.Count - read.Length);
    }
}
