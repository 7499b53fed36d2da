namespace SentimentPipeline.Training.Reporting;

/// <summary>How text became ids.</summary>
/// <param name="Version">The encoder's preprocessing version.</param>
/// <param name="DictionarySha256">SHA-256 of the segmenter dictionary.</param>
/// <param name="MaxLength">Tokens kept per review.</param>
/// <param name="VocabularySize">Ids in the vocabulary, PAD and UNK included.</param>
/// <param name="SegmentationSeconds">Time to segment the whole corpus.</param>
/// <param name="TestUnknownTokenShare">Share of test tokens (within max length) that map to UNK.</param>
/// <param name="TruncatedShare">Share of all reviews longer than the max length.</param>
public sealed record PreprocessingSummary(
    string Version,
    string DictionarySha256,
    int MaxLength,
    int VocabularySize,
    double SegmentationSeconds,
    double TestUnknownTokenShare,
    double TruncatedShare);
