using System.Text.Encodings.Web;
using System.Text.Json;

namespace SentimentPipeline.Preprocessing;

/// <summary>JSON settings of vocabulary.json: camelCase, readable CJK (not \u-escaped), one token per line.</summary>
internal static class VocabularyJson
{
    public static JsonSerializerOptions Options { get; } = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        WriteIndented = true,
    };
}
