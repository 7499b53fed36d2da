using System.Text.Json;
using SentimentPipeline.ModelBundle;
using SentimentPipeline.Preprocessing;
using SentimentPipeline.Segmentation;

namespace SentimentPipeline.Prediction.Bundle;

/// <summary>
/// Compares what the model was trained with against what this build would feed it. Each difference is one line
/// naming the property and both values, so a refused bundle says exactly why.
/// </summary>
internal static class BundleCompatibility
{
    public static IReadOnlyList<string> FindDifferences(ModelBundleMetadata metadata, IReadOnlyList<string> vocabularyTokens, JiebaSegmenter segmenter)
    {
        var differences = new List<string>();
        Compare(differences, "labels", string.Join(",", metadata.Labels), SentimentLabels.MetadataValue);
        Compare(differences, "vocabulary size (model embedding vs vocabulary.json)", metadata.VocabularySize, vocabularyTokens.Count);
        Compare(differences, "preprocessing version (model vs this build's TextEncoder)", metadata.PreprocessingVersion, TextEncoder.PreprocessingVersion);
        if (metadata.DictionarySha256 != segmenter.DictionarySha256)
        {
            // Bundles trained before the segmenter took Python jieba's dictionary (or with a custom one) end here.
            differences.Add($"dictionary SHA-256 (model vs this segmenter): bundle has {metadata.DictionarySha256}, expected {segmenter.DictionarySha256}"
                + " (the model was trained on another jieba dictionary's tokens: retrain it with this build)");
        }

        Compare(differences, "PAD id", metadata.PadId, Vocabulary.PadId);
        Compare(differences, "UNK id", metadata.UnkId, Vocabulary.UnkId);
        CompareEmbeddedVocabulary(differences, metadata, vocabularyTokens);
        return differences;
    }

    private static void Compare<T>(List<string> differences, string what, T model, T expected)
    {
        if (!EqualityComparer<T>.Default.Equals(model, expected))
        {
            differences.Add($"{what}: bundle has {model}, expected {expected}");
        }
    }

    /// <summary>The model may carry its own copy of the vocabulary; when it does, vocabulary.json must be that copy.</summary>
    private static void CompareEmbeddedVocabulary(List<string> differences, ModelBundleMetadata metadata, IReadOnlyList<string> vocabularyTokens)
    {
        if (!metadata.Properties.TryGetValue(ModelMetadataKeys.Vocabulary, out var json))
        {
            return;
        }

        string[]? embedded;
        try
        {
            embedded = JsonSerializer.Deserialize<string[]>(json);
        }
        catch (JsonException e)
        {
            differences.Add($"vocabulary embedded in the model is not a JSON array of strings ({e.Message})");
            return;
        }

        if (embedded is null)
        {
            differences.Add("vocabulary embedded in the model is null");
            return;
        }

        var firstDifferent = Enumerable.Range(0, Math.Min(embedded.Length, vocabularyTokens.Count))
            .FirstOrDefault(i => embedded[i] != vocabularyTokens[i], -1);
        if (firstDifferent >= 0)
        {
            differences.Add($"vocabulary.json differs from the model's embedded vocabulary at id {firstDifferent}: "
                + $"model has '{embedded[firstDifferent]}', vocabulary.json has '{vocabularyTokens[firstDifferent]}'");
        }
        else if (embedded.Length != vocabularyTokens.Count)
        {
            differences.Add($"vocabulary.json has {vocabularyTokens.Count} tokens, the model's embedded vocabulary {embedded.Length}");
        }
    }
}
