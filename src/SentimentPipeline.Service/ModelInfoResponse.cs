using System.Text.Json;
using SentimentPipeline.Prediction;
using SentimentPipeline.Service.Hosting;

namespace SentimentPipeline.Service;

/// <summary>
/// The JSON answer of <c>GET /model</c>: the model's identity, metadata and the execution provider in use. It does
/// not show where the bundle lies on the server.
/// </summary>
/// <param name="Name">The model's name (configured, else the bundle directory's name).</param>
/// <param name="Sha256">SHA-256 of model.onnx.</param>
/// <param name="ExecutionProvider">The provider that runs the model.</param>
/// <param name="Labels">Label names in output order.</param>
/// <param name="MaxLength">Token ids per review.</param>
/// <param name="VocabularySize">Vocabulary size, PAD and UNK included.</param>
/// <param name="PreprocessingVersion">Text encoder version the model was trained with.</param>
/// <param name="DictionarySha256">Segmenter dictionary checksum the model was trained with.</param>
/// <param name="Metrics">Test metrics of the training run, when the model carries them.</param>
public sealed record ModelInfoResponse(
    string Name,
    string Sha256,
    ExecutionProviderInfo ExecutionProvider,
    IReadOnlyList<string> Labels,
    int MaxLength,
    int VocabularySize,
    string PreprocessingVersion,
    string DictionarySha256,
    JsonElement? Metrics)
{
    /// <summary>The response for a loaded model, named after its bundle directory.</summary>
    /// <param name="model">The model.</param>
    public static ModelInfoResponse From(SentimentModel model)
    {
        ArgumentNullException.ThrowIfNull(model);
        return From(model, ServedModel.DirectoryName(model), ServedModel.ComputeSha256(model));
    }

    internal static ModelInfoResponse From(ServedModel served) => From(served.Model, served.Name, served.Sha256);

    private static ModelInfoResponse From(SentimentModel model, string name, string sha256)
    {
        var metadata = model.Metadata;
        return new(name, sha256, model.ExecutionProvider, metadata.Labels, metadata.MaxLength, metadata.VocabularySize,
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
