namespace SentimentPipeline.Training;

/// <summary>
/// The checkpoint's description (model.json): what the weights file needs to be rebuilt and what the export needs
/// to describe the model. The vocabulary is beside it as vocabulary.json.
/// </summary>
/// <param name="Model">Shape of the classifier.</param>
/// <param name="MaxLength">The encoder's maximum tokens per review.</param>
/// <param name="MaxCharacters">The encoder's maximum characters per review.</param>
/// <param name="PreprocessingVersion">The encoder's <see cref="Preprocessing.TextEncoder.PreprocessingVersion"/>.</param>
/// <param name="DictionarySha256">SHA-256 of the segmenter dictionary used.</param>
/// <param name="Labels">Label names in output order.</param>
/// <param name="BestEpoch">The epoch the weights come from.</param>
/// <param name="Seed">The run's seed.</param>
/// <param name="Temperature">Calibration temperature fitted on the validation split (logits are divided by it before the softmax; 1 = none).</param>
public sealed record CheckpointInfo(
    ModelOptions Model,
    int MaxLength,
    int MaxCharacters,
    string PreprocessingVersion,
    string DictionarySha256,
    IReadOnlyList<string> Labels,
    int BestEpoch,
    int Seed,
    double Temperature = 1);
