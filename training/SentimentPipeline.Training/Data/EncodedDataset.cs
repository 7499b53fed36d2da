using SentimentPipeline.Preprocessing;
using static TorchSharp.torch;

namespace SentimentPipeline.Training.Data;

/// <summary>Encoded reviews with labels, turned into tensors batch by batch.</summary>
public sealed class EncodedDataset
{
    private readonly IReadOnlyList<EncodedText> _texts;
    private readonly IReadOnlyList<int> _labels;

    /// <summary>Creates the dataset; both lists are indexed by corpus row.</summary>
    public EncodedDataset(IReadOnlyList<EncodedText> texts, IReadOnlyList<int> labels)
    {
        ArgumentNullException.ThrowIfNull(texts);
        ArgumentNullException.ThrowIfNull(labels);
        if (texts.Count != labels.Count)
        {
            throw new ArgumentException($"{texts.Count} texts but {labels.Count} labels.", nameof(labels));
        }

        _texts = texts;
        _labels = labels;
    }

    /// <summary>Number of rows.</summary>
    public int Count => _texts.Count;

    /// <summary>Real token count of a row.</summary>
    public int LengthOf(int row) => _texts[row].Length;

    /// <summary>Label of a row (1 positive, 0 negative).</summary>
    public int LabelOf(int row) => _labels[row];

    /// <summary>The row's encoded text.</summary>
    public EncodedText TextOf(int row) => _texts[row];

    /// <summary>
    /// Tensors for the given rows: ids int64 [n, longest real length in the batch] (trimming shared padding is
    /// exact with packed sequences and saves time), lengths int64 [n], character ids int64 [n, longest real
    /// character count], labels int64 [n].
    /// </summary>
    public (Tensor Ids, Tensor Lengths, Tensor CharIds, Tensor Labels) Batch(ReadOnlySpan<int> rows)
    {
        var width = 1;
        var charWidth = 1;
        foreach (var row in rows)
        {
            width = Math.Max(width, _texts[row].Length);
            charWidth = Math.Max(charWidth, _texts[row].CharLength);
        }

        var ids = new long[rows.Length * width];
        var charIds = new long[rows.Length * charWidth];
        var lengths = new long[rows.Length];
        var labels = new long[rows.Length];
        for (var i = 0; i < rows.Length; i++)
        {
            var text = _texts[rows[i]];
            Array.Copy(text.Ids, 0, ids, i * width, text.Length);
            Array.Copy(text.CharIds, 0, charIds, i * charWidth, text.CharLength);
            lengths[i] = text.Length;
            labels[i] = _labels[rows[i]];
        }

        return (tensor(ids, [rows.Length, width]), tensor(lengths), tensor(charIds, [rows.Length, charWidth]), tensor(labels));
    }
}
