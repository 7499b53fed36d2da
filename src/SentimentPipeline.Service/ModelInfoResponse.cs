using System.Text.Json;
using SentimentPipeline.Prediction;

namespace SentimentPipeline.Service;

/// <summary>The JSON answer of <c>GET /model</c>: the model's metadata and the execution provider in use.</summary>
/// <param name="Directory">The bundle directory.</param>
/// <param name="ExecutionProvider">The provider that runs the model.</param>
/// <param name="Labels">Label names in output order.</param>
/// <param name="MaxLength">Token ids per review.</param>
/// <param name="VocabularySize">Vocabulary size, PAD and UNK included.</param>
/// <param name="PreprocessingVersion">Text encoder version the model was trained with.</param>
/// <param name="DictionarySha256">Segmenter dictionary checksum the model was trained with.</param>
/// <param name="Metrics">Test metrics of the training run, when the model carries them.</param>
public sealed record ModelInfoResponse(
    string Directory,
    ExecutionProviderInfo ExecutionProvider,
    IReadOnlyList<string> Labels,
    int MaxLength,
    int VocabularySize,
    string PreprocessingVersion,
    string DictionarySha256,
    JsonElement? Metrics)
{
    /// <summary>The response for a loaded model.</summary>
    /// <param name="model">The model.</param>
    public static ModelInfoResponse From(SentimentModel model)
    {
        ArgumentNullException.ThrowIfNull(model);
        var metadata = model.Metadata;
        return new(model.Directory, model.ExecutionProvider, metadata.Labels, metadata.MaxLength, metadata.VocabularySize,
            metadata.PreprocessingVersion, metadata.DictionarySha256, ParseMetrics(metadata.MetricsJson));
    }

    private static JsonElement? ParseMetrics(string? json)
    {
        if (json is null)
        {
            return null;
        }

        try
        {
            using var document = JsonDocument.Parse(json);
            return document.RootElement.Clone();
        }
        catch (JsonException)
        {
            // Metrics are informative; a model with unreadable metrics still serves, shown as a string.
            return JsonSerializer.SerializeToElement(json);
        }
    }
}
