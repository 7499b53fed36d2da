namespace SentimentPipeline.Segmentation;

/// <summary>
/// Python jieba's search mode (<c>cut_for_search</c>) on top of accurate mode: before each token longer than two
/// characters, its two-character substrings that are dictionary words (frequency above 0), then (for tokens longer
/// than three) its three-character ones.
/// </summary>
internal struct SearchSink<TInner>(PrefixDictionary dictionary, string text, TInner inner) : ITokenSink
    where TInner : struct, ITokenSink
{
    private TInner _inner = inner;

    public void Emit(int start, int end, int wordId)
    {
        if (end - start > 2)
        {
            EmitGrams(start, end);
        }

        _inner.Emit(start, end, wordId);
    }

    public void EmitJoined(string word, int start, int end) => _inner.EmitJoined(word, start, end);

    private void EmitGrams(int start, int end)
    {
        var span = text.AsSpan(start, end - start);
        Span<int> scalars = span.Length <= 128 ? stackalloc int[span.Length] : new int[span.Length];
        Span<int> offsets = span.Length <= 128 ? stackalloc int[span.Length + 1] : new int[span.Length + 1];
        var count = 0;
        for (var i = 0; i < span.Length; count++)
        {
            offsets[count] = start + i;
            i += Scalars.Read(span, i, out scalars[count]);
        }

        offsets[count] = end;
        for (var gram = 2; gram <= 3; gram++)
        {
            if (count <= gram)
            {
                return;
            }

            for (var i = 0; i + gram <= count; i++)
            {
                var id = dictionary.Trie.Find(scalars.Slice(i, gram));
                if (id >= 0)
                {
                    _inner.Emit(offsets[i], offsets[i + gram], id);
                }
            }
        }
    }
}
