using System.Text;
using System.Text.Json;

namespace SentimentPipeline.Segmentation;

/// <summary>
/// Reads Python jieba's HMM tables as JSON (the <c>jieba.finalseg</c> dictionaries <c>start_P</c>, <c>trans_P</c>
/// and <c>emit_P</c>, as jieba.NET ships them): <c>{"B": -0.26, …}</c>, <c>{"B": {"E": -0.51, "M": -0.92}, …}</c>
/// and <c>{"B": {"一": -3.65, …}, …}</c>. States are mapped by name; an entry a table leaves out has jieba's
/// <c>MIN_FLOAT</c>, as Python's <c>dict.get(key, MIN_FLOAT)</c> gives.
/// </summary>
internal static class HmmTablesReader
{
    public static HmmModel Read(ResourceBytes start, ResourceBytes transitions, ResourceBytes emissions)
    {
        var startP = new double[HmmModel.StateCount];
        ReadStates(rowsAreObjects: false, start, (state, value) => startP[(int)state] = ReadLogProbability(value, start.SourceName, $"\"{state.Name()}\""));

        var transP = new double[HmmModel.StateCount * HmmModel.StateCount];
        transP.AsSpan().Fill(HmmModel.MinLogProbability);
        ReadStates(rowsAreObjects: true, transitions, (from, row) =>
        {
            foreach (var cell in Entries(row, transitions.SourceName, $"\"{from.Name()}\""))
            {
                var to = ParseState(cell.Name, transitions.SourceName, $"\"{from.Name()}\" → \"{cell.Name}\"");
                transP[((int)from * HmmModel.StateCount) + (int)to] = ReadLogProbability(cell.Value, transitions.SourceName, $"\"{from.Name()}\" → \"{cell.Name}\"");
            }
        });

        var emitP = new double[0x10000 * HmmModel.StateCount];
        emitP.AsSpan().Fill(HmmModel.MinLogProbability);
        ReadStates(rowsAreObjects: true, emissions, (state, row) =>
        {
            foreach (var cell in Entries(row, emissions.SourceName, $"\"{state.Name()}\""))
            {
                var where = $"\"{state.Name()}\" → \"{cell.Name}\"";
                if (cell.Name.Length == 0 || Scalars.Read(cell.Name, 0, out var scalar) != cell.Name.Length)
                {
                    throw new InvalidHmmModelException(emissions.SourceName, $"emission key {where} is not one character");
                }

                var probability = ReadLogProbability(cell.Value, emissions.SourceName, where);

                // The tagger only ever sees jieba's HMM Han range (inside the BMP), so other keys are never looked up.
                if (scalar < 0x10000)
                {
                    emitP[(scalar * HmmModel.StateCount) + (int)state] = probability;
                }
            }
        });

        return new HmmModel(startP, transP, emitP);
    }

    /// <summary>Calls <paramref name="onState"/> for each of the four states of a top-level object, requiring each exactly once.</summary>
    private static void ReadStates(bool rowsAreObjects, ResourceBytes table, Action<HmmState, JsonElement> onState)
    {
        using var document = Parse(table);
        var seen = new bool[HmmModel.StateCount];
        foreach (var entry in Entries(document.RootElement, table.SourceName, "the top level"))
        {
            var state = ParseState(entry.Name, table.SourceName, $"top-level key \"{entry.Name}\"");
            if (rowsAreObjects && entry.Value.ValueKind != JsonValueKind.Object)
            {
                throw new InvalidHmmModelException(table.SourceName, $"\"{entry.Name}\" is {entry.Value.ValueKind}, expected an object");
            }

            seen[(int)state] = true;
            onState(state, entry.Value);
        }

        var missing = Enum.GetValues<HmmState>().Where(s => !seen[(int)s]).Select(s => s.Name()).ToList();
        if (missing.Count > 0)
        {
            throw new InvalidHmmModelException(table.SourceName, $"no entry for state {string.Join(", ", missing)} (expected B, E, M and S)");
        }
    }

    private static JsonDocument Parse(ResourceBytes table)
    {
        try
        {
            return JsonDocument.Parse(table.Bytes, new JsonDocumentOptions { AllowDuplicateProperties = false });
        }
        catch (JsonException e)
        {
            var lineNumber = (int)(e.LineNumber ?? 0) + 1;
            throw new InvalidHmmModelException(table.SourceName, lineNumber, LineText(table.Bytes, lineNumber), "not valid JSON: " + e.Message);
        }
    }

    private static JsonElement.ObjectEnumerator Entries(JsonElement element, string sourceName, string where) =>
        element.ValueKind == JsonValueKind.Object
            ? element.EnumerateObject()
            : throw new InvalidHmmModelException(sourceName, $"{where} is {element.ValueKind}, expected an object");

    private static HmmState ParseState(string name, string sourceName, string where) => name switch
    {
        "B" => HmmState.Begin,
        "E" => HmmState.End,
        "M" => HmmState.Middle,
        "S" => HmmState.Single,
        _ => throw new InvalidHmmModelException(sourceName, $"{where}: '{name}' is not a state (B, E, M or S)"),
    };

    private static double ReadLogProbability(JsonElement value, string sourceName, string where)
    {
        if (value.ValueKind != JsonValueKind.Number || !value.TryGetDouble(out var number) || number > 0)
        {
            throw new InvalidHmmModelException(sourceName, $"{where}: {value.GetRawText()} is not a log-probability (a number ≤ 0)");
        }

        return number;
    }

    private static string LineText(byte[] utf8, int lineNumber)
    {
        var lines = Encoding.UTF8.GetString(utf8).Split('\n');
        return lineNumber <= lines.Length ? lines[lineNumber - 1].TrimEnd('\r') : string.Empty;
    }
}
