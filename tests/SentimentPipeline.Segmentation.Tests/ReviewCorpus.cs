using System.Text;

namespace SentimentPipeline.Segmentation.Tests;

/// <summary>Reads one column of the shared review corpora (RFC 4180 CSV: quoted fields, doubled quotes, newlines inside quotes).</summary>
public static class ReviewCorpus
{
    public static IReadOnlyList<string> ReadColumn(string path, string column)
    {
        if (!File.Exists(path))
        {
            throw new FileNotFoundException($"Review corpus {path} is missing: the parity tests read ../shared/data beside the repository.", path);
        }

        var rows = ParseRows(File.ReadAllText(path, Encoding.UTF8));
        var index = rows[0].IndexOf(column);
        if (index < 0)
        {
            throw new InvalidDataException($"{path}: no column '{column}' in header {string.Join(',', rows[0])}.");
        }

        return rows.Skip(1).Select((row, i) => index < row.Count
            ? row[index]
            : throw new InvalidDataException($"{path}: record {i + 2} has {row.Count} fields, no '{column}'.")).ToList();
    }

    private static List<List<string>> ParseRows(string text)
    {
        var rows = new List<List<string>>();
        var row = new List<string>();
        var field = new StringBuilder();
        var quoted = false;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (quoted)
            {
                if (c != '"')
                {
                    field.Append(c);
                }
                else if (i + 1 < text.Length && text[i + 1] == '"')
                {
                    field.Append('"');
                    i++;
                }
                else
                {
                    quoted = false;
                }
            }
            else if (c == '"')
            {
                quoted = true;
            }
            else if (c == ',')
            {
                row.Add(field.ToString());
                field.Clear();
            }
            else if (c == '\n' || c == '\r')
            {
                if (c == '\r' && i + 1 < text.Length && text[i + 1] == '\n')
                {
                    i++;
                }

                row.Add(field.ToString());
                field.Clear();
                rows.Add(row);
                row = [];
            }
            else
            {
                field.Append(c);
            }
        }

        if (field.Length > 0 || row.Count > 0)
        {
            row.Add(field.ToString());
            rows.Add(row);
        }

        return rows;
    }
}
