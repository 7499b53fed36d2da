namespace SentimentPipeline.OnnxExport;

/// <summary>
/// What the exported model says about itself in <c>metadata_props</c> (keys in
/// <see cref="SentimentPipeline.ModelBundle.ModelMetadataKeys"/>), so that another runtime needs only
/// the file to prepare input the way training did.
/// </summary>
/// <param name="Labels">Label names in output order; their count must equal the classifier's outputs.</param>
/// <param name="MaxLength">Token ids per review; longer reviews were truncated to this.</param>
/// <param name="MaxCharacters">Character ids per review; longer reviews were truncated to this.</param>
/// <param name="PadId">Id of the padding token.</param>
/// <param name="UnkId">Id of the unknown token.</param>
/// <param name="PreprocessingVersion">Version of the text encoder that produced the training ids.</param>
/// <param name="DictionarySha256">Lower-case hex SHA-256 of the segmenter dictionary used in training.</param>
/// <param name="MetricsJson">The training run's test metrics as a JSON object.</param>
/// <param name="VocabularyTokens">The token of every id (index = id); its count must equal the embedding rows.</param>
public sealed record OnnxModelMetadata(
    IReadOnlyList<string> Labels,
    int MaxLength,
    int MaxCharacters,
    int PadId,
    int UnkId,
    string PreprocessingVersion,
    string DictionarySha256,
    string MetricsJson,
    IReadOnlyList<string> VocabularyTokens);
