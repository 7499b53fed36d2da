namespace SentimentPipeline.OnnxExport.Wide;

/// <summary>
/// The n-grams of one wide-path group (token or character ids) in feature order: row i is feature i, its ids
/// followed by PAD (0) up to <see cref="Width"/>, so a row's order is its count of non-PAD ids. Rows are sorted by
/// order, then by ids, so that the same features always give the same file.
/// </summary>
/// <param name="Ids">Row-major [<see cref="Count"/>, <see cref="Width"/>].</param>
/// <param name="Width">Longest n-gram of the group.</param>
public sealed record NGramTable(long[] Ids, int Width)
{
    /// <summary>Number of n-grams (features).</summary>
    public int Count => Width == 0 ? 0 : Ids.Length / Width;

    /// <summary>The order (n) of row <paramref name="row"/>.</summary>
    public int OrderOf(int row)
    {
        var order = 0;
        while (order < Width && Ids[(row * Width) + order] != 0)
        {
            order++;
        }

        return order;
    }

    /// <summary>The ids of row <paramref name="row"/> without its PAD.</summary>
    public ReadOnlySpan<long> Gram(int row) => Ids.AsSpan(row * Width, OrderOf(row));
}
