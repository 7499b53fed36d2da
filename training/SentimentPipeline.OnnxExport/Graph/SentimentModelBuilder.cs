using System.Globalization;
using System.Reflection;
using System.Text.Json;
using SentimentPipeline.ModelBundle;
using SentimentPipeline.OnnxExport.Proto;
using SentimentPipeline.OnnxExport.Weights;

namespace SentimentPipeline.OnnxExport.Graph;

/// <summary>Wraps the graph in a model: IR and opset versions, producer, documentation and self-description.</summary>
internal static class SentimentModelBuilder
{
    /// <summary>Validates the inputs and builds the complete model.</summary>
    public static ModelProto Build(SentimentModelWeights weights, OnnxModelMetadata metadata)
    {
        ModelWeightsValidator.Validate(weights);
        ModelMetadataValidator.Validate(metadata, weights);

        var model = new ModelProto
        {
            IrVersion = SentimentOnnxNames.IrVersion,
            ProducerName = "SentimentPipeline.OnnxExport",
            ProducerVersion = ProducerVersion(),
            Domain = "sentimentpipeline",
            ModelVersion = 1,
            DocString = "Sentiment of a Chinese product review. Inputs: token_ids int64 [batch, sequence] (jieba " +
                        "segmentation → vocabulary ids, PAD = 0 after the real length, truncated to max length) and " +
                        "lengths int32 [batch] (real token count, ≥ 1). Output: probabilities float [batch, 2] " +
                        "(0 = negative, 1 = positive). The vocabulary and preprocessing facts are in metadata_props.",
            Graph = SentimentGraphBuilder.Build(weights),
        };
        model.OpsetImport.Add(new OperatorSetIdProto { Domain = "", Version = SentimentOnnxNames.OpsetVersion });
        if (weights.Wide is not null)
        {
            model.OpsetImport.Add(new OperatorSetIdProto { Domain = OnnxNodes.MlDomain, Version = WideGraphBuilder.MlOpsetVersion });
        }

        foreach (var (key, value) in MetadataProperties(metadata, weights))
        {
            model.MetadataProps.Add(new StringStringEntryProto { Key = key, Value = value });
        }

        return model;
    }

    private static IEnumerable<(string Key, string Value)> MetadataProperties(OnnxModelMetadata metadata, SentimentModelWeights weights)
    {
        yield return (ModelMetadataKeys.Labels, string.Join(",", metadata.Labels));
        yield return (ModelMetadataKeys.MaxLength, metadata.MaxLength.ToString(CultureInfo.InvariantCulture));
        yield return (ModelMetadataKeys.MaxCharacters, metadata.MaxCharacters.ToString(CultureInfo.InvariantCulture));
        yield return (ModelMetadataKeys.VocabularySize, weights.Embedding.Shape[0].ToString(CultureInfo.InvariantCulture));
        yield return (ModelMetadataKeys.PadId, metadata.PadId.ToString(CultureInfo.InvariantCulture));
        yield return (ModelMetadataKeys.UnkId, metadata.UnkId.ToString(CultureInfo.InvariantCulture));
        yield return (ModelMetadataKeys.PreprocessingVersion, metadata.PreprocessingVersion);
        yield return (ModelMetadataKeys.DictionarySha256, metadata.DictionarySha256);
        yield return (ModelMetadataKeys.Metrics, metadata.MetricsJson);
        yield return (ModelMetadataKeys.Vocabulary, JsonSerializer.Serialize(metadata.VocabularyTokens));
        yield return (ModelMetadataKeys.Temperature, weights.Temperature.ToString("R", CultureInfo.InvariantCulture));
    }

    private static string ProducerVersion() =>
        typeof(SentimentModelBuilder).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion
        ?? typeof(SentimentModelBuilder).Assembly.GetName().Version?.ToString()
        ?? "unknown";
}
