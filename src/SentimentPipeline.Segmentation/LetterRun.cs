using System.Text;

namespace SentimentPipeline.Segmentation;

/// <summary>
/// Full mode's <c>eng_buf</c>: the DAG entries starting with an ASCII letter or digit that Python joins into one
/// token. They are normally adjacent, one span of the text; when a user word made only of letters and digits was
/// given in between, Python still joins the entries around it, and the token is that concatenation.
/// </summary>
internal ref struct LetterRun(int[] offsets, ReadOnlySpan<char> text)
{
    private readonly ReadOnlySpan<char> _text = text;
    private int _start = -1;
    private int _end;
    private StringBuilder? _joined;

    public readonly bool IsOpen => _start >= 0;

    /// <summary>Appends the entry covering scalars <c>[from, to)</c>.</summary>
    public void Append(int from, int to)
    {
        if (_start < 0)
        {
            _start = offsets[from];
        }
        else if (offsets[from] != _end)
        {
            _joined ??= new StringBuilder().Append(_text[_start.._end]);
        }

        _joined?.Append(_text[offsets[from]..offsets[to]]);
        _end = offsets[to];
    }

    public void Flush<TSink>(ref TSink sink)
        where TSink : struct, ITokenSink
    {
        if (_joined is null)
        {
            sink.Emit(_start, _end, -1);
        }
        else
        {
            sink.EmitJoined(_joined.ToString(), _start, _end);
        }

        _start = -1;
        _joined = null;
    }
}
