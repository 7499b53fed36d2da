using Microsoft.ML;
using Microsoft.ML.Transforms;
using SentimentPipeline.ModelBundle;
using SentimentPipeline.Prediction.Transforms;
using SentimentPipeline.Preprocessing;

namespace SentimentPipeline.Prediction;

/// <summary>
/// Extension methods on <see cref="TransformsCatalog"/> (<c>mlContext.Transforms</c>) for the sentiment pipeline:
/// text → tokens → token ids + length, then (after <c>ApplyOnnxModel</c>) probabilities → label.
/// Like ML.NET's <c>MapValue</c>, the required data (the encoder) follows the output column and precedes the
/// optional input column, which defaults to the output column's name.
/// </summary>
/// <remarks>
/// The transformers are not saveable with <c>mlContext.Model.Save</c>: they carry the model's vocabulary, which ML.NET's
/// custom-mapping loader cannot restore. Load a model bundle with <see cref="SentimentModel.Load"/> instead.
/// </remarks>
public static class SentimentTransformsCatalog
{
    /// <summary>Default name of the length column written by <see cref="EncodeTokens"/>.</summary>
    public const string DefaultLengthColumnName = SentimentColumnNames.Lengths;

    /// <summary>Default name of the probabilities column read by <see cref="MapProbabilitiesToSentiment"/>.</summary>
    public const string DefaultProbabilitiesColumnName = SentimentColumnNames.Probabilities;

    /// <summary>Default name of the label column written by <see cref="MapProbabilitiesToSentiment"/>.</summary>
    public const string DefaultLabelColumnName = SentimentColumnNames.PredictedLabel;

    /// <summary>Default name of the negative-probability column written by <see cref="MapProbabilitiesToSentiment"/>.</summary>
    public const string DefaultNegativeColumnName = SentimentColumnNames.NegativeProbability;

    /// <summary>Default name of the positive-probability column written by <see cref="MapProbabilitiesToSentiment"/>.</summary>
    public const string DefaultPositiveColumnName = SentimentColumnNames.PositiveProbability;

    /// <summary>
    /// Segments a text column into tokens (vector of string) with the encoder's jieba segmenter and token filter
    /// (<see cref="TextEncoder.Tokenize(string)"/>). A missing or empty text gives whatever the encoder gives for "".
    /// </summary>
    /// <param name="catalog">The transforms catalog.</param>
    /// <param name="outputColumnName">Name of the token column to add.</param>
    /// <param name="encoder">The text encoder of the model (segmenter + filter).</param>
    /// <param name="inputColumnName">Name of the text column; <see langword="null"/> means <paramref name="outputColumnName"/>.</param>
    public static CustomMappingEstimator<TextRow, TokensRow> SegmentReviews(
        this TransformsCatalog catalog, string outputColumnName, TextEncoder encoder, string? inputColumnName = null)
        => SentimentMappingEstimators.Segment(catalog, outputColumnName, encoder, inputColumnName ?? outputColumnName);

    /// <summary>
    /// Maps a token column to fixed-length token ids (vector of Int64, size <see cref="TextEncoder.MaxLength"/>, PAD-filled,
    /// unknown tokens as UNK), the real length (vector of one Int32) and the character ids (column
    /// <see cref="SentimentColumnNames.CharIds"/>, vector of Int64, size <see cref="TextEncoder.MaxCharacters"/>), with
    /// <see cref="TextEncoder.EncodeTokens"/> — the code training used.
    /// </summary>
    /// <param name="catalog">The transforms catalog.</param>
    /// <param name="outputColumnName">Name of the id column to add (the ONNX input <c>token_ids</c> by convention).</param>
    /// <param name="encoder">The text encoder of the model (vocabulary + maximum length).</param>
    /// <param name="inputColumnName">Name of the token column; <see langword="null"/> means <paramref name="outputColumnName"/>.</param>
    /// <param name="lengthColumnName">Name of the length column to add (the ONNX input <c>lengths</c>).</param>
    public static CustomMappingEstimator<TokensRow, TokenIdsRow> EncodeTokens(
        this TransformsCatalog catalog, string outputColumnName, TextEncoder encoder, string? inputColumnName = null,
        string lengthColumnName = DefaultLengthColumnName)
        => SentimentMappingEstimators.Encode(catalog, outputColumnName, encoder, inputColumnName ?? outputColumnName, lengthColumnName);

    /// <summary>
    /// Maps the model's class probabilities (vector of two Single: negative, positive) to the predicted label
    /// (<see cref="SentimentLabels"/>) and one probability column per class.
    /// </summary>
    /// <param name="catalog">The transforms catalog.</param>
    /// <param name="outputColumnName">Name of the label column to add.</param>
    /// <param name="inputColumnName">Name of the probabilities column.</param>
    /// <param name="negativeColumnName">Name of the negative-probability column to add.</param>
    /// <param name="positiveColumnName">Name of the positive-probability column to add.</param>
    public static CustomMappingEstimator<ProbabilitiesRow, SentimentScoreRow> MapProbabilitiesToSentiment(
        this TransformsCatalog catalog, string outputColumnName = DefaultLabelColumnName, string? inputColumnName = DefaultProbabilitiesColumnName,
        string negativeColumnName = DefaultNegativeColumnName, string positiveColumnName = DefaultPositiveColumnName)
        => SentimentMappingEstimators.Label(catalog, inputColumnName ?? DefaultProbabilitiesColumnName, outputColumnName, negativeColumnName, positiveColumnName);
}
