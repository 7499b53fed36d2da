using System.Text;

namespace SentimentPipeline.Cli.Commands;

/// <summary>
/// Reads UTF-8 lines from a stream asynchronously and says whether another complete line is already buffered, so
/// a streaming command can flush its output exactly when it would otherwise wait for input. Each line is decoded
/// strictly: invalid UTF-8 becomes an <see cref="InputLine"/> with an error instead of silently altered text.
/// Lines end at LF or CRLF; a UTF-8 byte order mark at the start is ignored.
/// </summary>
internal sealed class StreamingLineReader(Stream stream)
{
    private static readonly UTF8Encoding Strict = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    private byte[] _buffer = new byte[1 << 16];
    private int _start;
    private int _end;
    private bool _ended;
    private int _number;

    /// <summary>Every line of <paramref name="stream"/>, read synchronously (files read whole before scoring).</summary>
    public static IEnumerable<InputLine> ReadAll(Stream stream)
    {
        var reader = new StreamingLineReader(stream);
        while (reader.ReadLine() is { } line)
        {
            yield return line;
        }
    }

    /// <summary>Whether the next <see cref="ReadLineAsync"/> can answer without reading the stream.</summary>
    public bool HasBufferedLine => _buffer.AsSpan(_start, _end - _start).Contains((byte)'\n');

    /// <summary>The next line (without its line break), or null at the end of the stream.</summary>
    public async ValueTask<InputLine?> ReadLineAsync(CancellationToken cancellationToken)
    {
        InputLine? line;
        while (!TryTakeLine(out line))
        {
            Filled(await stream.ReadAsync(FreeSpace(), cancellationToken).ConfigureAwait(false));
        }

        return line;
    }

    /// <summary>As <see cref="ReadLineAsync"/>, blocking on the stream.</summary>
    public InputLine? ReadLine()
    {
        InputLine? line;
        while (!TryTakeLine(out line))
        {
            Filled(stream.Read(FreeSpace().Span));
        }

        return line;
    }

    /// <summary>Takes the next buffered line, or null at the end of the stream; false when the stream must be read first.</summary>
    private bool TryTakeLine(out InputLine? line)
    {
        var newline = _buffer.AsSpan(_start, _end - _start).IndexOf((byte)'\n');
        if (newline >= 0)
        {
            line = Decode(_buffer.AsSpan(_start, newline));
            _start += newline + 1;
            return true;
        }

        line = null;
        if (!_ended)
        {
            return false;
        }

        if (_start < _end)
        {
            line = Decode(_buffer.AsSpan(_start, _end - _start));
            _start = _end;
        }

        return true;
    }

    /// <summary>The free end of the buffer, after moving the partial line to the front; grown only for a line longer than the buffer.</summary>
    private Memory<byte> FreeSpace()
    {
        _buffer.AsSpan(_start, _end - _start).CopyTo(_buffer);
        _end -= _start;
        _start = 0;
        if (_end == _buffer.Length)
        {
            Array.Resize(ref _buffer, _buffer.Length * 2);
        }

        return _buffer.AsMemory(_end);
    }

    private void Filled(int read)
    {
        _ended = read == 0;
        _end += read;
    }

    private InputLine Decode(ReadOnlySpan<byte> bytes)
    {
        _number++;
        if (bytes.EndsWith("\r"u8))
        {
            bytes = bytes[..^1];
        }

        if (_number == 1 && bytes.StartsWith("\uFEFF"u8))
        {
            bytes = bytes[3..];
        }

        try
        {
            return new InputLine(_number, Strict.GetString(bytes), null);
        }
        catch (DecoderFallbackException e)
        {
            return new InputLine(_number, null, $"line {_number} is not valid UTF-8 (invalid bytes at byte {e.Index})");
        }
    }
}
