using System.Buffers;
using System.Text;

namespace SentimentPipeline.Cli.Commands;

/// <summary>
/// Splits a byte stream into lines (LF or CRLF) and decodes each strictly as UTF-8, so one line with invalid bytes
/// becomes an error for that line instead of silently turning into U+FFFD or stopping the stream.
/// A UTF-8 byte order mark at the start is ignored.
/// </summary>
internal static class Utf8LineReader
{
    private static readonly UTF8Encoding Strict = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    public static IEnumerable<InputLine> Read(Stream stream)
    {
        var buffer = new byte[1 << 16];
        var line = new ArrayBufferWriter<byte>();
        var number = 0;
        int read;
        while ((read = stream.Read(buffer, 0, buffer.Length)) > 0)
        {
            var chunk = buffer.AsMemory(0, read);
            int newline;
            while ((newline = chunk.Span.IndexOf((byte)'\n')) >= 0)
            {
                line.Write(chunk.Span[..newline]);
                yield return Decode(++number, line.WrittenSpan);
                line.ResetWrittenCount();
                chunk = chunk[(newline + 1)..];
            }

            line.Write(chunk.Span);
        }

        if (line.WrittenCount > 0)
        {
            yield return Decode(++number, line.WrittenSpan);
        }
    }

    private static InputLine Decode(int number, ReadOnlySpan<byte> bytes)
    {
        if (bytes.EndsWith("\r"u8))
        {
            bytes = bytes[..^1];
        }

        if (number == 1 && bytes.StartsWith("\uFEFF"u8))
        {
            bytes = bytes[3..];
        }

        try
        {
            return new InputLine(number, Strict.GetString(bytes), null);
        }
        catch (DecoderFallbackException e)
        {
            return new InputLine(number, null, $"line {number} is not valid UTF-8 (invalid bytes at byte {e.Index})");
        }
    }
}
