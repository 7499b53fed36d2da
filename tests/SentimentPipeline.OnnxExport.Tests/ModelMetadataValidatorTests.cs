using SentimentPipeline.OnnxExport.Tests.Support;

namespace SentimentPipeline.OnnxExport.Tests;

public sealed class ModelMetadataValidatorTests
{
    private static readonly Weights.SentimentModelWeights Weights = RandomWeights.Create(vocabulary: 10, embedding: 4, hidden: 3, layers: 1, bidirectional: false);

    public static TheoryData<string, OnnxModelMetadata> Broken => new()
    {
        { nameof(OnnxModelMetadata.VocabularyTokens), TestMetadata.For(11) with { } },
        { nameof(OnnxModelMetadata.Labels), TestMetadata.For(10) with { Labels = ["only"] } },
        { nameof(OnnxModelMetadata.Labels), TestMetadata.For(10) with { Labels = ["neg,ative", "positive"] } },
        { nameof(OnnxModelMetadata.MaxLength), TestMetadata.For(10) with { MaxLength = 0 } },
        { nameof(OnnxModelMetadata.PadId), TestMetadata.For(10) with { UnkId = 0 } },
        { nameof(OnnxModelMetadata.PadId), TestMetadata.For(10) with { UnkId = 10 } },
        { nameof(OnnxModelMetadata.DictionarySha256), TestMetadata.For(10) with { DictionarySha256 = "ABC" } },
        { nameof(OnnxModelMetadata.PreprocessingVersion), TestMetadata.For(10) with { PreprocessingVersion = " " } },
        { nameof(OnnxModelMetadata.MetricsJson), TestMetadata.For(10) with { MetricsJson = "{\"accuracy\":" } },
        { nameof(OnnxModelMetadata.MetricsJson), TestMetadata.For(10) with { MetricsJson = "[1]" } },
    };

    [Theory]
    [MemberData(nameof(Broken))]
    public void Serialize_BrokenMetadata_NamesTheField(string field, OnnxModelMetadata metadata)
    {
        var error = Assert.Throws<ArgumentException>(() => SentimentOnnxExporter.Serialize(Weights, metadata));

        Assert.Equal(field, error.ParamName);
        Assert.Contains(field, error.Message, StringComparison.Ordinal);
    }
}
