using System.Globalization;
using System.Text;

namespace SentimentPipeline.Segmentation;

/// <summary>
/// Parses cppjieba's <c>hmm_model.utf8</c>: a header naming the state of each column (<c>#0:B</c> …
/// <c>#3:S</c>), then data lines: 4 start log-probabilities, a 4×4 transition matrix, and 4 emission lines of
/// <c>char:logprob</c> pairs, each preceded by a comment naming its state (<c>#B</c>). States are mapped by
/// name, never assumed from position.
/// </summary>
internal static class HmmModelReader
{
    private const int DataLines = 1 + HmmModel.StateCount + HmmModel.StateCount;
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    public static HmmModel Read(byte[] utf8, string sourceName)
    {
        string text;
        try
        {
            text = StrictUtf8.GetString(utf8);
        }
        catch (DecoderFallbackException)
        {
            throw new InvalidHmmModelException(sourceName, "invalid UTF-8 (truncated or not a UTF-8 file)");
        }

        var columns = new HmmState?[HmmModel.StateCount];
        var start = new double[HmmModel.StateCount];
        var transitions = new double[HmmModel.StateCount * HmmModel.StateCount];
        var emissions = new double[0x10000 * HmmModel.StateCount];
        emissions.AsSpan().Fill(HmmModel.MinLogProbability);
        var emitted = new bool[HmmModel.StateCount];
        HmmState? namedEmission = null;
        var dataLine = 0;
        var lineNumber = 0;
        foreach (var rawLine in text.TrimStart('\uFEFF').Split('\n'))
        {
            lineNumber++;
            var line = rawLine.Trim();
            if (line.Length == 0)
            {
                continue;
            }

            if (line[0] == '#')
            {
                ReadComment(line, columns, ref namedEmission, sourceName, lineNumber);
                continue;
            }

            if (dataLine == DataLines)
            {
                throw new InvalidHmmModelException(sourceName, lineNumber, line, $"unexpected data after the {DataLines} model lines");
            }

            var order = ColumnOrder(columns, sourceName, lineNumber, line);
            if (dataLine == 0)
            {
                var values = ReadRow(line, sourceName, lineNumber);
                for (var c = 0; c < HmmModel.StateCount; c++)
                {
                    start[(int)order[c]] = values[c];
                }
            }
            else if (dataLine <= HmmModel.StateCount)
            {
                var from = (int)order[dataLine - 1];
                var values = ReadRow(line, sourceName, lineNumber);
                for (var c = 0; c < HmmModel.StateCount; c++)
                {
                    transitions[(from * HmmModel.StateCount) + (int)order[c]] = values[c];
                }
            }
            else
            {
                var state = namedEmission ?? order[dataLine - 1 - HmmModel.StateCount];
                if (emitted[(int)state])
                {
                    throw new InvalidHmmModelException(sourceName, lineNumber, line, $"second emission line for state {state}");
                }

                emitted[(int)state] = true;
                ReadEmissions(line, state, emissions, sourceName, lineNumber);
            }

            // A state name only labels the data line right after it.
            namedEmission = null;
            dataLine++;
        }

        if (dataLine < DataLines)
        {
            throw new InvalidHmmModelException(sourceName, $"truncated: found {dataLine} of {DataLines} data lines (start, 4 transition rows, 4 emission rows)");
        }

        return new HmmModel(start, transitions, emissions);
    }

    private static void ReadComment(string line, HmmState?[] columns, ref HmmState? namedEmission, string sourceName, int lineNumber)
    {
        // "#0:B" names a column; "#B" names the emission line that follows; anything else is prose.
        if (line.Length == 4 && char.IsAsciiDigit(line[1]) && line[2] == ':' && TryState(line[3], out var column))
        {
            var index = line[1] - '0';
            if (index >= HmmModel.StateCount || Array.IndexOf(columns, column) >= 0)
            {
                throw new InvalidHmmModelException(sourceName, lineNumber, line, "bad state header (expected #0:B … #3:S, each state once)");
            }

            columns[index] = column;
        }
        else if (line.Length == 2 && TryState(line[1], out var state))
        {
            namedEmission = state;
        }
    }

    private static HmmState[] ColumnOrder(HmmState?[] columns, string sourceName, int lineNumber, string line)
    {
        if (Array.IndexOf(columns, null) >= 0)
        {
            throw new InvalidHmmModelException(sourceName, lineNumber, line, "data before the state header (#0:B, #1:E, #2:M, #3:S) that names the columns");
        }

        return Array.ConvertAll(columns, c => c!.Value);
    }

    private static double[] ReadRow(string line, string sourceName, int lineNumber)
    {
        var fields = line.Split([' ', '\t'], StringSplitOptions.RemoveEmptyEntries);
        if (fields.Length != HmmModel.StateCount)
        {
            throw new InvalidHmmModelException(sourceName, lineNumber, line, $"expected {HmmModel.StateCount} numbers, found {fields.Length}");
        }

        return Array.ConvertAll(fields, f => ParseLogProbability(f, sourceName, lineNumber, line));
    }

    private static void ReadEmissions(string line, HmmState state, double[] emissions, string sourceName, int lineNumber)
    {
        foreach (var pair in line.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var colon = pair.LastIndexOf(':');
            if (colon <= 0)
            {
                throw new InvalidHmmModelException(sourceName, lineNumber, line, $"emission '{pair}' is not 'char:logprob'");
            }

            var key = pair.AsSpan(0, colon);
            if (Scalars.Read(key, 0, out var scalar) != key.Length)
            {
                throw new InvalidHmmModelException(sourceName, lineNumber, line, $"emission key '{key}' is not one character");
            }

            var probability = ParseLogProbability(pair[(colon + 1)..], sourceName, lineNumber, line);

            // The tagger only ever sees jieba's HMM Han range (inside the BMP), so other keys are never looked up.
            if (scalar < 0x10000)
            {
                emissions[(scalar * HmmModel.StateCount) + (int)state] = probability;
            }
        }
    }

    private static double ParseLogProbability(string field, string sourceName, int lineNumber, string line)
    {
        if (!double.TryParse(field, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) || double.IsNaN(value) || value > 0)
        {
            throw new InvalidHmmModelException(sourceName, lineNumber, line, $"'{field}' is not a log-probability (a number ≤ 0)");
        }

        return value;
    }

    private static bool TryState(char name, out HmmState state)
    {
        (var known, state) = name switch
        {
            'B' => (true, HmmState.Begin),
            'E' => (true, HmmState.End),
            'M' => (true, HmmState.Middle),
            'S' => (true, HmmState.Single),
            _ => (false, HmmState.Begin),
        };
        return known;
    }
}
