using System.Text.Json;
using System.Text.RegularExpressions;
using SentimentPipeline.OnnxExport.Weights;

namespace SentimentPipeline.OnnxExport.Graph;

/// <summary>Checks that the self-description agrees with the weights and is well-formed.</summary>
internal static partial class ModelMetadataValidator
{
    /// <summary>Throws <see cref="ArgumentException"/> naming the metadata field at fault.</summary>
    public static void Validate(OnnxModelMetadata metadata, SentimentModelWeights weights)
    {
        ArgumentNullException.ThrowIfNull(metadata);
        var classes = weights.ClassifierWeight.Shape[0];
        if (metadata.Labels is null || metadata.Labels.Count != classes ||
            metadata.Labels.Any(l => string.IsNullOrWhiteSpace(l) || l.Contains(',', StringComparison.Ordinal)))
        {
            Fail(nameof(metadata.Labels), $"expected {classes} non-empty label names without commas, one per classifier output.");
        }

        if (metadata.MaxCharacters < 1)
        {
            Fail(nameof(metadata.MaxCharacters), $"{metadata.MaxCharacters} is not a positive character count.");
        }

        if (metadata.MaxLength < 1)
        {
            Fail(nameof(metadata.MaxLength), $"{metadata.MaxLength} is not a positive token count.");
        }

        var vocabularySize = weights.Embedding.Shape[0];
        if (metadata.PadId < 0 || metadata.PadId >= vocabularySize || metadata.UnkId < 0 || metadata.UnkId >= vocabularySize || metadata.PadId == metadata.UnkId)
        {
            Fail(nameof(metadata.PadId), $"PAD id {metadata.PadId} and UNK id {metadata.UnkId} must be distinct ids below the vocabulary size {vocabularySize}.");
        }

        if (metadata.VocabularyTokens is null || metadata.VocabularyTokens.Count != vocabularySize)
        {
            Fail(nameof(metadata.VocabularyTokens),
                $"{metadata.VocabularyTokens?.Count ?? 0} tokens, but the embedding has {vocabularySize} rows; the vocabulary does not belong to these weights.");
        }

        if (string.IsNullOrWhiteSpace(metadata.PreprocessingVersion))
        {
            Fail(nameof(metadata.PreprocessingVersion), "is empty.");
        }

        if (metadata.DictionarySha256 is null || !Sha256Hex().IsMatch(metadata.DictionarySha256))
        {
            Fail(nameof(metadata.DictionarySha256), $"'{metadata.DictionarySha256}' is not a lower-case hex SHA-256.");
        }

        ValidateMetricsJson(metadata.MetricsJson);
    }

    private static void ValidateMetricsJson(string metricsJson)
    {
        try
        {
            using var document = JsonDocument.Parse(metricsJson ?? "");
            if (document.RootElement.ValueKind != JsonValueKind.Object)
            {
                Fail(nameof(OnnxModelMetadata.MetricsJson), "must be a JSON object.");
            }
        }
        catch (JsonException e)
        {
            Fail(nameof(OnnxModelMetadata.MetricsJson), $"is not valid JSON: {e.Message}");
        }
    }

    private static void Fail(string field, string problem) =>
        throw new ArgumentException($"Model metadata {field}: {problem}", field);

    [GeneratedRegex("^[0-9a-f]{64}$")]
    private static partial Regex Sha256Hex();
}
