namespace SentimentPipeline.OnnxExport.Tests.Support;

/// <summary>Well-formed metadata for a model with the given vocabulary size.</summary>
internal static class TestMetadata
{
    public static OnnxModelMetadata For(int vocabularySize) => new(
        Labels: ["negative", "positive"],
        MaxLength: 64,
        MaxCharacters: 128,
        PadId: 0,
        UnkId: 1,
        PreprocessingVersion: "test-1",
        DictionarySha256: "139519822fe8ab9e10d9d07e68ea0451045380aedaf54ecc51e2a28c6b42a13f",
        MetricsJson: """{"accuracy":0.5}""",
        VocabularyTokens: ["<pad>", "<unk>", .. Enumerable.Range(2, vocabularySize - 2).Select(i => $"词{i}")]);
}
