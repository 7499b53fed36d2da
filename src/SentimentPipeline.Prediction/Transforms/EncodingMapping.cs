using SentimentPipeline.Preprocessing;

namespace SentimentPipeline.Prediction.Transforms;

/// <summary>Tokens → fixed-length ids + real length, by the same <see cref="TextEncoder.EncodeTokens"/> training used.</summary>
internal sealed class EncodingMapping(TextEncoder encoder)
{
    public void Map(TokensRow source, TokenIdsRow destination)
    {
        var encoded = encoder.EncodeTokens(source.Tokens ?? []);
        destination.TokenIds = encoded.Ids;
        destination.Lengths = [encoded.Length];
        destination.CharIds = encoded.CharIds;
    }
}
