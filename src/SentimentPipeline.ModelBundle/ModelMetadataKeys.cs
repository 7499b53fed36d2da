namespace SentimentPipeline.ModelBundle;

/// <summary>
/// Keys of the ONNX <c>metadata_props</c> through which a model describes itself. The exporter writes them;
/// the bundle loader reads them and refuses a bundle whose preprocessing does not match.
/// </summary>
public static class ModelMetadataKeys
{
    /// <summary>Comma-separated label names in output order, e.g. <c>negative,positive</c>.</summary>
    public const string Labels = "sentiment.labels";

    /// <summary>Maximum number of token ids per review (longer reviews are truncated).</summary>
    public const string MaxLength = "sentiment.max_length";

    /// <summary>Maximum number of character ids per review (longer reviews are truncated).</summary>
    public const string MaxCharacters = "sentiment.max_characters";

    /// <summary>Number of rows of the embedding, i.e. vocabulary size including PAD and UNK.</summary>
    public const string VocabularySize = "sentiment.vocabulary_size";

    /// <summary>Id of the padding token (0).</summary>
    public const string PadId = "sentiment.pad_id";

    /// <summary>Id of the unknown-token (1).</summary>
    public const string UnkId = "sentiment.unk_id";

    /// <summary>Version string of the text encoder that produced the training ids.</summary>
    public const string PreprocessingVersion = "sentiment.preprocessing_version";

    /// <summary>SHA-256 (lower-case hex) of the segmenter dictionary used at training time.</summary>
    public const string DictionarySha256 = "sentiment.dictionary_sha256";

    /// <summary>Test metrics of the training run, as JSON.</summary>
    public const string Metrics = "sentiment.metrics";

    /// <summary>Calibration temperature the graph divides the logits by before its softmax (fitted on the validation split; 1 = none).</summary>
    public const string Temperature = "sentiment.temperature";

    /// <summary>The vocabulary itself as a JSON array of tokens (index = id), so the .onnx file alone suffices.</summary>
    public const string Vocabulary = "sentiment.vocabulary";
}
