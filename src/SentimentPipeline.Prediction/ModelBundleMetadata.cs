namespace SentimentPipeline.Prediction;

/// <summary>What a model says about itself in its ONNX metadata (see <c>ModelMetadataKeys</c>).</summary>
/// <param name="Labels">Label names in output order.</param>
/// <param name="MaxLength">Maximum number of token ids per review.</param>
/// <param name="MaxCharacters">Maximum number of character ids per review.</param>
/// <param name="VocabularySize">Rows of the embedding, PAD and UNK included.</param>
/// <param name="PadId">Id of the padding token.</param>
/// <param name="UnkId">Id of the unknown token.</param>
/// <param name="PreprocessingVersion">Version of the text encoder used at training time.</param>
/// <param name="DictionarySha256">SHA-256 of the segmenter dictionary used at training time.</param>
/// <param name="MetricsJson">Test metrics of the training run as JSON, or <see langword="null"/> when absent.</param>
/// <param name="Properties">Every metadata property of the model, including the ones above.</param>
public sealed record ModelBundleMetadata(
    IReadOnlyList<string> Labels,
    int MaxLength,
    int MaxCharacters,
    int VocabularySize,
    int PadId,
    int UnkId,
    string PreprocessingVersion,
    string DictionarySha256,
    string? MetricsJson,
    IReadOnlyDictionary<string, string> Properties);
