using SentimentPipeline.Preprocessing;

namespace SentimentPipeline.Prediction.Transforms;

/// <summary>Text → tokens through the shared <see cref="TextEncoder"/> (segmenter + the encoder's token filter).</summary>
internal sealed class SegmentationMapping(TextEncoder encoder)
{
    public void Map(TextRow source, TokensRow destination)
    {
        // ML.NET hands a missing string over as null or empty; both mean "no text".
        destination.Tokens = [.. encoder.Tokenize(source.Text ?? string.Empty)];
    }
}
