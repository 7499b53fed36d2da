using System.Text.Json;
using SentimentPipeline.Prediction;

namespace SentimentPipeline.Cli.Commands;

/// <summary>One JSON object per record: <c>line</c>, <c>label</c>, <c>positive</c>, <c>negative</c> (+ <c>expected</c>, <c>category</c>), or <c>line</c> + <c>error</c>.</summary>
internal sealed class JsonLinesScoreWriter(Stream output) : IScoreWriter
{
    private readonly Utf8JsonWriter _json = new(output, PredictionJson.WriterOptions);

    public void Write(ScoreRecord record, SentimentPrediction? prediction)
    {
        if (prediction is null)
        {
            PredictionJson.WriteError(_json, record.Line, record.Error ?? "not scored");
        }
        else
        {
            var extra = new List<KeyValuePair<string, string>>();
            if (record.Expected is not null)
            {
                extra.Add(new("expected", record.Expected));
            }

            if (record.Category is not null)
            {
                extra.Add(new("category", record.Category));
            }

            PredictionJson.WritePrediction(_json, prediction, record.Line, extra);
        }

        PredictionJson.EndLine(_json, output);
    }

    public void Flush() => output.Flush();

    public void Dispose() => _json.Dispose();
}
