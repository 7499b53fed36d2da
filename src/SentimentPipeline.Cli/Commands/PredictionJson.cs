using System.Text.Encodings.Web;
using System.Text.Json;
using SentimentPipeline.Prediction;

namespace SentimentPipeline.Cli.Commands;

/// <summary>The JSON lines the CLI commands write: one object (or token array) per line, or an error object.</summary>
internal static class PredictionJson
{
    public static JsonWriterOptions WriterOptions { get; } = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary><c>{"line":n,"label":"positive","positive":0.93,"negative":0.07,…}</c>; line is omitted when null.</summary>
    public static void WritePrediction(Utf8JsonWriter json, SentimentPrediction prediction, int? line, IEnumerable<KeyValuePair<string, string>>? extra = null)
    {
        json.WriteStartObject();
        if (line is { } number)
        {
            json.WriteNumber("line", number);
        }

        json.WriteString("label", prediction.Label);
        json.WriteNumber("positive", prediction.Positive);
        json.WriteNumber("negative", prediction.Negative);
        foreach (var (key, value) in extra ?? [])
        {
            json.WriteString(key, value);
        }

        json.WriteEndObject();
    }

    /// <summary><c>{"line":n,"error":"…",…}</c>; line is omitted when null.</summary>
    public static void WriteError(Utf8JsonWriter json, int? line, string error, IEnumerable<KeyValuePair<string, string>>? extra = null)
    {
        json.WriteStartObject();
        if (line is { } number)
        {
            json.WriteNumber("line", number);
        }

        json.WriteString("error", error);
        foreach (var (key, value) in extra ?? [])
        {
            json.WriteString(key, value);
        }

        json.WriteEndObject();
    }

    /// <summary>Ends the value just written as one line: flushes it to <paramref name="output"/>, then writes LF.</summary>
    public static void EndLine(Utf8JsonWriter json, Stream output)
    {
        json.Flush();
        json.Reset();
        output.WriteByte((byte)'\n');
    }
}
