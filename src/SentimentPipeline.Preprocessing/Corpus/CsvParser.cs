using System.Text;

namespace SentimentPipeline.Preprocessing.Corpus;

/// <summary>
/// RFC 4180 record parser over a decoded text: comma-separated fields, fields in double quotes may contain commas,
/// line breaks and doubled quotes (<c>""</c> → <c>"</c>); records end at CRLF, LF or CR. A quote inside an unquoted
/// field, a character after a closing quote, or an unterminated quoted field is a syntax error; the parser then
/// resumes at the line after the offending character so that one bad row does not swallow the rest of the file.
/// </summary>
internal sealed class CsvParser
{
    private readonly string _text;
    private int _position;
    private int _line = 1;

    public CsvParser(string text)
    {
        _text = text;
    }

    /// <summary>The offset in the text where the next record starts.</summary>
    public int Position => _position;

    /// <summary>Reads the next record; false at the end of the text.</summary>
    public bool TryRead(out CsvRecord record)
    {
        if (_position >= _text.Length)
        {
            record = null!;
            return false;
        }

        var startLine = _line;
        if (IsLineBreak(_text[_position]))
        {
            SkipLineBreak();
            record = new CsvRecord(startLine, [string.Empty], IsBlank: true, null);
            return true;
        }

        var fields = new List<string>();
        var field = new StringBuilder();
        while (true)
        {
            var error = _text[_position] == '"' ? ReadQuoted(field, fields.Count) : ReadUnquoted(field, fields.Count);
            if (error is not null)
            {
                record = new CsvRecord(startLine, [], IsBlank: false, error);
                return true;
            }

            fields.Add(field.ToString());
            field.Clear();
            if (_position < _text.Length && _text[_position] == ',')
            {
                _position++;
                if (_position < _text.Length)
                {
                    continue;
                }

                fields.Add(string.Empty);
            }

            if (_position < _text.Length)
            {
                SkipLineBreak();
            }

            record = new CsvRecord(startLine, fields, IsBlank: false, null);
            return true;
        }
    }

    // Leaves the position on the delimiter, the line break or the end.
    private CsvSyntaxError? ReadUnquoted(StringBuilder field, int fieldIndex)
    {
        while (_position < _text.Length)
        {
            var c = _text[_position];
            if (c == ',' || IsLineBreak(c))
            {
                return null;
            }

            if (c == '"')
            {
                return Fail(fieldIndex, "a double quote inside an unquoted field (quote the whole field and double the quote)");
            }

            field.Append(c);
            _position++;
        }

        return null;
    }

    private CsvSyntaxError? ReadQuoted(StringBuilder field, int fieldIndex)
    {
        var (openPosition, openLine) = (_position, _line);
        _position++;
        while (_position < _text.Length)
        {
            var c = _text[_position];
            if (c == '"')
            {
                if (_position + 1 < _text.Length && _text[_position + 1] == '"')
                {
                    field.Append('"');
                    _position += 2;
                    continue;
                }

                _position++;
                if (_position < _text.Length && _text[_position] != ',' && !IsLineBreak(_text[_position]))
                {
                    return Fail(fieldIndex, $"unexpected '{_text[_position]}' after the closing quote of a quoted field");
                }

                return null;
            }

            if (c == '\n' || (c == '\r' && (_position + 1 >= _text.Length || _text[_position + 1] != '\n')))
            {
                _line++;
            }

            field.Append(c);
            _position++;
        }

        // Unterminated: everything after the opening quote was swallowed; resume right after its line.
        (_position, _line) = (openPosition, openLine);
        return Fail(fieldIndex, "a quoted field is never closed (unterminated double quote)");
    }

    private CsvSyntaxError Fail(int fieldIndex, string message)
    {
        var error = new CsvSyntaxError(_line, fieldIndex, message);
        while (_position < _text.Length && !IsLineBreak(_text[_position]))
        {
            _position++;
        }

        if (_position < _text.Length)
        {
            SkipLineBreak();
        }

        return error;
    }

    private void SkipLineBreak()
    {
        if (_text[_position] == '\r' && _position + 1 < _text.Length && _text[_position + 1] == '\n')
        {
            _position++;
        }

        _position++;
        _line++;
    }

    private static bool IsLineBreak(char c) => c is '\n' or '\r';
}
