using System.Buffers;
using System.Text;
using System.Text.Unicode;

namespace SentimentPipeline.Preprocessing.Corpus;

/// <summary>
/// A CSV file's bytes decoded as UTF-8, each invalid byte sequence replaced by U+FFFD and remembered, so that the
/// reader can reject just the row that holds one (invalid bytes are never commas, quotes or line breaks, so the
/// replacement leaves the CSV structure as it was).
/// </summary>
internal sealed class DecodedCsvText
{
    private readonly List<int> _invalidCharOffsets = [];
    private readonly List<int> _invalidByteOffsets = [];

    public DecodedCsvText(ReadOnlySpan<byte> bytes)
    {
        var start = bytes.StartsWith("\uFEFF"u8) ? 3 : 0;
        var content = bytes[start..];
        var chars = new char[content.Length];
        var (read, written) = (0, 0);
        while (true)
        {
            var status = Utf8.ToUtf16(content[read..], chars.AsSpan(written), out var bytesRead, out var charsWritten, replaceInvalidSequences: false);
            read += bytesRead;
            written += charsWritten;
            if (status == OperationStatus.Done)
            {
                break;
            }

            Rune.DecodeFromUtf8(content[read..], out _, out var invalidLength);
            _invalidCharOffsets.Add(written);
            _invalidByteOffsets.Add(start + read);
            chars[written++] = '\uFFFD';
            read += Math.Max(1, invalidLength);
        }

        Text = new string(chars, 0, written);
    }

    /// <summary>The decoded text, without a leading byte order mark.</summary>
    public string Text { get; }

    /// <summary>The file offset of the first invalid byte in the text range [<paramref name="start"/>, <paramref name="end"/>), or null.</summary>
    public int? FirstInvalidByte(int start, int end)
    {
        var index = _invalidCharOffsets.BinarySearch(start);
        if (index < 0)
        {
            index = ~index;
        }

        return index < _invalidCharOffsets.Count && _invalidCharOffsets[index] < end ? _invalidByteOffsets[index] : null;
    }
}
