using System.Globalization;
using Microsoft.ML.OnnxRuntime;
using SentimentPipeline.ModelBundle;
using SentimentPipeline.Prediction.Execution;

namespace SentimentPipeline.Prediction.Bundle;

/// <summary>Opens model.onnx and reads what it says about itself; every failure names the file.</summary>
internal static class OnnxModelReader
{
    public static InferenceSession OpenSession(string modelPath, ExecutionProviderInfo provider, PredictionOptions options)
    {
        using var sessionOptions = ExecutionProviderSelector.CreateSessionOptions(provider, options);
        try
        {
            return new InferenceSession(modelPath, sessionOptions);
        }
        catch (OnnxRuntimeException e)
        {
            throw new ModelBundleException(modelPath, $"not a loadable ONNX model ({e.Message})", e);
        }
    }

    public static ModelBundleMetadata ReadMetadata(string modelPath, InferenceSession session)
    {
        var properties = session.ModelMetadata.CustomMetadataMap;
        return new ModelBundleMetadata(
            Labels: Required(modelPath, properties, ModelMetadataKeys.Labels).Split(','),
            MaxLength: PositiveInt(modelPath, properties, ModelMetadataKeys.MaxLength),
            MaxCharacters: PositiveInt(modelPath, properties, ModelMetadataKeys.MaxCharacters),
            VocabularySize: PositiveInt(modelPath, properties, ModelMetadataKeys.VocabularySize),
            PadId: Int(modelPath, properties, ModelMetadataKeys.PadId),
            UnkId: Int(modelPath, properties, ModelMetadataKeys.UnkId),
            PreprocessingVersion: Required(modelPath, properties, ModelMetadataKeys.PreprocessingVersion),
            DictionarySha256: Required(modelPath, properties, ModelMetadataKeys.DictionarySha256),
            MetricsJson: properties.GetValueOrDefault(ModelMetadataKeys.Metrics),
            Properties: new Dictionary<string, string>(properties, StringComparer.Ordinal));
    }

    /// <summary>Refuses a graph whose inputs or output are not the bundle contract's names, types and ranks.</summary>
    public static void CheckSignature(string modelPath, InferenceSession session)
    {
        CheckNode(modelPath, "input", session.InputMetadata, SentimentColumnNames.TokenIds, typeof(long), rank: 2);
        CheckNode(modelPath, "input", session.InputMetadata, SentimentColumnNames.Lengths, typeof(int), rank: 1);
        CheckNode(modelPath, "input", session.InputMetadata, SentimentColumnNames.CharIds, typeof(long), rank: 2);
        CheckNode(modelPath, "output", session.OutputMetadata, SentimentColumnNames.Probabilities, typeof(float), rank: 2);
        var classes = session.OutputMetadata[SentimentColumnNames.Probabilities].Dimensions[1];
        if (classes != 2)
        {
            throw new ModelBundleException(modelPath, $"output '{SentimentColumnNames.Probabilities}' has {classes} classes; expected 2 (negative, positive)");
        }
    }

    private static void CheckNode(string modelPath, string kind, IReadOnlyDictionary<string, NodeMetadata> nodes, string name, Type elementType, int rank)
    {
        if (!nodes.TryGetValue(name, out var node))
        {
            throw new ModelBundleException(modelPath, $"the model has no {kind} '{name}' (it has: {string.Join(", ", nodes.Keys)})");
        }

        if (node.ElementType != elementType || node.Dimensions.Length != rank)
        {
            throw new ModelBundleException(modelPath,
                $"{kind} '{name}' is {node.ElementType.Name} of rank {node.Dimensions.Length}; expected {elementType.Name} of rank {rank}");
        }
    }

    private static string Required(string modelPath, IReadOnlyDictionary<string, string> properties, string key)
        => properties.TryGetValue(key, out var value) && !string.IsNullOrWhiteSpace(value)
            ? value
            : throw new ModelBundleException(modelPath, $"metadata property '{key}' is missing; the model was not exported by this project's exporter");

    private static int Int(string modelPath, IReadOnlyDictionary<string, string> properties, string key)
        => int.TryParse(Required(modelPath, properties, key), NumberStyles.Integer, CultureInfo.InvariantCulture, out var value)
            ? value
            : throw new ModelBundleException(modelPath, $"metadata property '{key}' is '{properties[key]}', not an integer");

    private static int PositiveInt(string modelPath, IReadOnlyDictionary<string, string> properties, string key)
    {
        var value = Int(modelPath, properties, key);
        return value > 0 ? value : throw new ModelBundleException(modelPath, $"metadata property '{key}' is {value}; it must be positive");
    }
}
