using System.Globalization;
using System.Text;
using SentimentPipeline.Prediction;

namespace SentimentPipeline.Cli.Commands;

/// <summary>RFC 4180 CSV (UTF-8, LF): <c>line,label,positive,negative,expected,category,error</c>.</summary>
internal sealed class CsvScoreWriter : IScoreWriter
{
    private readonly StreamWriter _writer;

    public CsvScoreWriter(Stream output)
    {
        _writer = new StreamWriter(output, new UTF8Encoding(false), leaveOpen: true) { NewLine = "\n" };
        _writer.WriteLine("line,label,positive,negative,expected,category,error");
    }

    public void Write(ScoreRecord record, SentimentPrediction? prediction)
    {
        string[] fields =
        [
            record.Line.ToString(CultureInfo.InvariantCulture),
            prediction?.Label ?? string.Empty,
            prediction?.Positive.ToString("R", CultureInfo.InvariantCulture) ?? string.Empty,
            prediction?.Negative.ToString("R", CultureInfo.InvariantCulture) ?? string.Empty,
            record.Expected ?? string.Empty,
            record.Category ?? string.Empty,
            prediction is null ? record.Error ?? "not scored" : string.Empty,
        ];
        _writer.WriteLine(string.Join(',', fields.Select(Quote)));
    }

    public void Flush() => _writer.Flush();

    public void Dispose() => _writer.Dispose();

    private static string Quote(string field)
        => field.AsSpan().IndexOfAny(",\"\r\n") >= 0 ? "\"" + field.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : field;
}
