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

    /// <summary>Every line of <paramref name="stream"/>, read synchronously (for producers that run on their own thread).</summary>
    public static IEnumerable<InputLine> ReadAll(Stream stream)
    {
        var reader = new StreamingLineReader(stream);
        // Blocking here is intended: callers are plain loops with no synchronization context to deadlock on.
        while (reader.ReadLineAsync(CancellationToken.None).AsTask().GetAwaiter().GetResult() is { } line)
        {
            yield return line;
        }
    }

    /// <summary>Whether the next <see cref="ReadLineAsync"/> can answer without reading the stream.</summary>
    public bool HasBufferedLine => _buffer.AsSpan(_start, _end - _start).Contains((byte)'\n');

    /// <summary>The next line (without its line break), or null at the end of the stream.</summary>
    public async ValueTask<InputLine?> ReadLineAsync(CancellationToken cancellationToken)
    {
        while (true)
        {
            var newline = _buffer.AsSpan(_start, _end - _start).IndexOf((byte)'\n');
            if (newline >= 0)
            {
                var line = Decode(_buffer.AsSpan(_start, newline));
                _start += newline + 1;
                return line;
            }

            if (_ended)
            {
                if (_start == _end)
                {
                    return null;
                }

                var last = Decode(_buffer.AsSpan(_start, _end - _start));
                _start = _end;
                return last;
            }

            await FillAsync(cancellationToken);
        }
    }

    private async ValueTask FillAsync(CancellationToken cancellationToken)
    {
        // Keep the partial line, moved to the front; grow only for a line longer than the buffer.
        _buffer.AsSpan(_start, _end - _start).CopyTo(_buffer);
        _end -= _start;
        _start = 0;
        if (_end == _buffer.Length)
        {
            Array.Resize(ref _buffer, _buffer.Length * 2);
        }

        var read = await stream.ReadAsync(_buffer.AsMemory(_end), cancellationToken);
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
