using System.Text.Json;
using SentimentPipeline.ModelBundle;
using SentimentPipeline.Prediction;
using SentimentPipeline.Preprocessing.Corpus;

namespace SentimentPipeline.Cli.Commands;

/// <summary>
/// Reads a file to score. <c>.csv</c>: a labelled corpus in one of the corpus reader's formats (evaluation,label /
/// label,review / cat,label,review), its invalid rows kept as error records. <c>.jsonl</c>: one JSON object per line
/// with a string field holding the review; bad lines (and blank reviews, which the CLI never scores) kept as error records.
/// </summary>
internal static class ScoreInputReader
{
    /// <exception cref="CorpusFormatException">The CSV file as a whole is unusable (empty, unknown header).</exception>
    /// <exception cref="IOException">The file cannot be read.</exception>
    public static IReadOnlyList<ScoreRecord> Read(string path, string textField)
        => IsJsonLines(path) ? ReadJsonLines(path, textField) : ReadCorpus(path);

    public static bool IsJsonLines(string path)
        => Path.GetExtension(path).ToLowerInvariant() is ".jsonl" or ".ndjson";

    private static List<ScoreRecord> ReadCorpus(string path)
    {
        var corpus = CorpusReader.Read(path, new CorpusReadOptions(SkipInvalidRows: true));
        var records = corpus.Reviews
            .Select(r => new ScoreRecord(r.Line, r.Text, r.Label == 1 ? SentimentLabels.Positive : SentimentLabels.Negative, r.Category, null))
            .Concat(corpus.SkippedRows.Select(p => new ScoreRecord(p.Line, null, null, null, Describe(p))))
            .OrderBy(r => r.Line)
            .ToList();
        return records;
    }

    private static string Describe(CorpusRowProblem problem)
        => problem.Field is null ? $"line {problem.Line}: {problem.Message}" : $"line {problem.Line}, field '{problem.Field}': {problem.Message}";

    private static List<ScoreRecord> ReadJsonLines(string path, string textField)
    {
        using var stream = File.OpenRead(path);
        return [.. StreamingLineReader.ReadAll(stream).Select(line => Parse(line, textField))];
    }

    private static ScoreRecord Parse(InputLine line, string textField)
    {
        if (line.Error is not null)
        {
            return new ScoreRecord(line.Number, null, null, null, line.Error);
        }

        if (string.IsNullOrWhiteSpace(line.Text))
        {
            return new ScoreRecord(line.Number, null, null, null, $"line {line.Number} is empty: expected a JSON object");
        }

        try
        {
            using var document = JsonDocument.Parse(line.Text);
            if (document.RootElement.ValueKind == JsonValueKind.Object
                && document.RootElement.TryGetProperty(textField, out var text)
                && text.ValueKind == JsonValueKind.String)
            {
                var review = text.GetString();
                return string.IsNullOrWhiteSpace(review)
                    ? new ScoreRecord(line.Number, null, null, null, $"line {line.Number}, field '{textField}' is empty or blank: there is no review to score")
                    : new ScoreRecord(line.Number, review, null, null, null);
            }

            return new ScoreRecord(line.Number, null, null, null, $"line {line.Number}, field '{textField}': missing or not a string");
        }
        catch (JsonException e)
        {
            return new ScoreRecord(line.Number, null, null, null, $"line {line.Number}: malformed JSON: {e.Message}");
        }
        catch (InvalidOperationException e)
        {
            return new ScoreRecord(line.Number, null, null, null, $"line {line.Number}, field '{textField}': not valid Unicode text: {e.Message}");
        }
    }
}
