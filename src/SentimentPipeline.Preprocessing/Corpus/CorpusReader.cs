namespace SentimentPipeline.Preprocessing.Corpus;

/// <summary>
/// Reads labelled review CSV files (RFC 4180, UTF-8 with or without BOM). The first record is the header; the
/// format comes from the options or is detected from the header. Invalid rows (a row with bytes that are not UTF-8
/// among them) throw
/// <see cref="CorpusFormatException"/> naming file, line and field, or are skipped and listed when asked to.
/// </summary>
public static class CorpusReader
{
    private const char ByteOrderMark = '\uFEFF';

    /// <summary>Reads a corpus file.</summary>
    /// <exception cref="CorpusFormatException">The file or a row is invalid (see <see cref="CorpusReadOptions.SkipInvalidRows"/>).</exception>
    /// <exception cref="FileNotFoundException">The file does not exist.</exception>
    public static ReviewCorpus Read(string path, CorpusReadOptions? options = null)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        return Parse(File.ReadAllBytes(path), path, options ?? new CorpusReadOptions());
    }

    /// <summary>Reads a corpus from a stream; <paramref name="sourceName"/> names it in messages.</summary>
    public static ReviewCorpus Read(Stream stream, string sourceName, CorpusReadOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(stream);
        ArgumentNullException.ThrowIfNull(sourceName);
        using var buffer = new MemoryStream();
        stream.CopyTo(buffer);
        return Parse(buffer.ToArray(), sourceName, options ?? new CorpusReadOptions());
    }

    private static ReviewCorpus Parse(byte[] bytes, string source, CorpusReadOptions options)
    {
        var text = new DecodedCsvText(bytes);
        var parser = new CsvParser(text.Text);
        if (!parser.TryRead(out var headerRecord) || headerRecord.IsBlank)
        {
            throw new CorpusFormatException(source, new CorpusRowProblem(1, CorpusProblemKind.InvalidFile, null, "the file is empty: expected a header line such as 'evaluation,label'"));
        }

        if (text.FirstInvalidByte(0, parser.Position) is { } headerByte)
        {
            throw new CorpusFormatException(source, new CorpusRowProblem(headerRecord.Line, CorpusProblemKind.InvalidFile, null,
                $"header: invalid UTF-8 at byte {headerByte}; save the file as UTF-8"));
        }

        if (headerRecord.SyntaxError is { } headerError)
        {
            throw new CorpusFormatException(source, new CorpusRowProblem(headerError.Line, CorpusProblemKind.BrokenQuote, null, $"header: {headerError.Message}"));
        }

        var header = headerRecord.Fields.Select(f => f.Trim()).ToArray();
        var format = options.Format ?? CorpusFormat.Detect(header) ?? throw new CorpusFormatException(source, new CorpusRowProblem(
            headerRecord.Line, CorpusProblemKind.MissingColumn, null,
            $"header '{string.Join(",", header)}' matches no known format ({string.Join("; ", CorpusFormat.Presets.Select(p => p.Name))}); name the columns explicitly"));
        var columns = new ColumnMap(format, header, headerRecord.Line, source);

        var reviews = new List<LabeledReview>();
        var skipped = new List<CorpusRowProblem>();
        var blankLines = 0;
        var recordStart = parser.Position;
        while (parser.TryRead(out var record))
        {
            var (start, end) = (recordStart, parser.Position);
            recordStart = end;
            if (record.IsBlank)
            {
                blankLines++;
                continue;
            }

            LabeledReview? review = null;
            var problem = text.FirstInvalidByte(start, end) is { } invalidByte
                ? new CorpusRowProblem(record.Line, CorpusProblemKind.InvalidUtf8, null, $"not valid UTF-8 (invalid bytes at byte {invalidByte} of the file)")
                : Validate(record, columns, format, header, out review);
            if (problem is null)
            {
                reviews.Add(review!);
            }
            else if (options.SkipInvalidRows)
            {
                skipped.Add(problem);
            }
            else
            {
                throw new CorpusFormatException(source, problem);
            }
        }

        return new ReviewCorpus(source, format, reviews, skipped, blankLines);
    }

    private static CorpusRowProblem? Validate(CsvRecord record, ColumnMap columns, CorpusFormat format, string[] header, out LabeledReview? review)
    {
        review = null;
        if (record.SyntaxError is { } error)
        {
            var field = error.FieldIndex < header.Length ? header[error.FieldIndex] : null;
            return new CorpusRowProblem(error.Line, CorpusProblemKind.BrokenQuote, field, error.Message);
        }

        if (record.Fields.Count != header.Length)
        {
            return new CorpusRowProblem(record.Line, CorpusProblemKind.WrongColumnCount, null,
                $"{record.Fields.Count} fields where the header has {header.Length} ({string.Join(",", header)})");
        }

        var text = record.Fields[columns.Text];
        if (text.AsSpan().Trim().Trim(ByteOrderMark).Trim().IsEmpty)
        {
            return new CorpusRowProblem(record.Line, CorpusProblemKind.EmptyText, format.TextColumn, "the review text is empty");
        }

        var rawLabel = record.Fields[columns.Label];
        if (format.MapLabel(rawLabel) is not { } label)
        {
            return new CorpusRowProblem(record.Line, CorpusProblemKind.UnknownLabel, format.LabelColumn,
                $"unknown label '{rawLabel}' (positive: {string.Join("/", format.PositiveLabels)}; negative: {string.Join("/", format.NegativeLabels)})");
        }

        var category = columns.Category is { } c ? record.Fields[c].Trim() : null;
        review = new LabeledReview(text, label, category, record.Line);
        return null;
    }

    private sealed class ColumnMap
    {
        public ColumnMap(CorpusFormat format, string[] header, int line, string source)
        {
            Text = Find(format.TextColumn, header, line, source);
            Label = Find(format.LabelColumn, header, line, source);
            Category = format.CategoryColumn is null ? null : Find(format.CategoryColumn, header, line, source);
        }

        public int Text { get; }

        public int Label { get; }

        public int? Category { get; }

        private static int Find(string column, string[] header, int line, string source)
        {
            var index = Array.FindIndex(header, h => string.Equals(h, column, StringComparison.OrdinalIgnoreCase));
            return index >= 0 ? index : throw new CorpusFormatException(source, new CorpusRowProblem(line, CorpusProblemKind.MissingColumn, column,
                $"the header '{string.Join(",", header)}' has no column '{column}'"));
        }
    }
}
