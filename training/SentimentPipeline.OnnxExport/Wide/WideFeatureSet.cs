namespace SentimentPipeline.OnnxExport.Wide;

/// <summary>
/// The wide path's features, the same in training and in the exported graph: token 1–2-grams over the token ids
/// and character 1–3-grams over the character ids (the scikit-learn baseline's n-grams, in id space). An n-gram
/// containing PAD or UNK is no feature. The features are the n-grams of at least <see cref="MinDocumentFrequency"/>
/// training reviews, the most frequent <c>maxFeatures</c> of them. Per review a feature's value is its idf where the
/// review contains it (binary TF: scikit-learn's <c>binary=True</c>), with scikit-learn's smooth idf
/// <c>ln((1 + n) / (1 + df)) + 1</c>, and the token and the character group are L2-normalised separately, as two
/// concatenated TF-IDF vectorizers would be. Binary rather than sublinear TF because the exported graph
/// then needs each feature once per review, not its count, and ‖x‖² is a sum over the features present. Features are
/// numbered tokens first (<see cref="Tokens"/> rows), then characters. Immutable and thread-safe.
/// </summary>
public sealed class WideFeatureSet
{
    /// <summary>Longest token n-gram.</summary>
    public const int TokenOrder = 2;

    /// <summary>Longest character n-gram.</summary>
    public const int CharacterOrder = 3;

    /// <summary>Training reviews an n-gram must occur in (scikit-learn's <c>min_df</c>).</summary>
    public const int MinDocumentFrequency = 2;

    /// <summary>Ids of PAD and UNK: an n-gram containing an id at or below this is no feature.</summary>
    public const long LastSpecialId = 1;

    private readonly Dictionary<Key, int> _tokenIndex;
    private readonly Dictionary<Key, int> _charIndex;

    /// <summary>Rebuilds a feature set from its tables and idf (as stored in a model).</summary>
    public WideFeatureSet(NGramTable tokens, NGramTable characters, float[] idf)
    {
        ArgumentNullException.ThrowIfNull(tokens);
        ArgumentNullException.ThrowIfNull(characters);
        ArgumentNullException.ThrowIfNull(idf);
        if (tokens.Width != TokenOrder || characters.Width != CharacterOrder || idf.Length != tokens.Count + characters.Count)
        {
            throw new ArgumentException($"Tables of widths {tokens.Width} and {characters.Width} with {tokens.Count} + {characters.Count} rows do not fit {idf.Length} idf values (widths must be {TokenOrder} and {CharacterOrder}).");
        }

        Tokens = tokens;
        Characters = characters;
        Idf = idf;
        _tokenIndex = IndexOf(tokens);
        _charIndex = IndexOf(characters);
    }

    /// <summary>The token n-grams (features 0 … Tokens.Count − 1).</summary>
    public NGramTable Tokens { get; }

    /// <summary>The character n-grams (features Tokens.Count …).</summary>
    public NGramTable Characters { get; }

    /// <summary>Per feature, its idf.</summary>
    public IReadOnlyList<float> Idf { get; }

    /// <summary>Number of features.</summary>
    public int Count => Idf.Count;

    /// <summary>Chooses the features from the training reviews (each review's real token ids and character ids).</summary>
    public static WideFeatureSet Fit(IReadOnlyList<(long[] TokenIds, long[] CharIds)> training, int maxFeatures)
    {
        ArgumentNullException.ThrowIfNull(training);
        ArgumentOutOfRangeException.ThrowIfLessThan(maxFeatures, 1);
        var frequency = new Dictionary<(bool Characters, Key Gram), int>();
        foreach (var (tokenIds, charIds) in training)
        {
            var seen = new HashSet<(bool, Key)>();
            foreach (var gram in Grams(tokenIds, TokenOrder))
            {
                seen.Add((false, gram));
            }

            foreach (var gram in Grams(charIds, CharacterOrder))
            {
                seen.Add((true, gram));
            }

            foreach (var gram in seen)
            {
                frequency[gram] = frequency.GetValueOrDefault(gram) + 1;
            }
        }

        // The most frequent first; ties broken by group, order and ids so that the same reviews give the same features.
        var kept = frequency.Where(p => p.Value >= MinDocumentFrequency)
            .OrderByDescending(p => p.Value).ThenBy(p => p.Key.Characters).ThenBy(p => p.Key.Gram)
            .Take(maxFeatures)
            .ToList();
        var tokens = kept.Where(p => !p.Key.Characters).OrderBy(p => p.Key.Gram).ToList();
        var characters = kept.Where(p => p.Key.Characters).OrderBy(p => p.Key.Gram).ToList();
        var idf = tokens.Concat(characters)
            .Select(p => (float)(Math.Log((1.0 + training.Count) / (1.0 + p.Value)) + 1.0))
            .ToArray();
        return new WideFeatureSet(Table(tokens.Select(p => p.Key.Gram), TokenOrder), Table(characters.Select(p => p.Key.Gram), CharacterOrder), idf);
    }

    /// <summary>
    /// A review's feature vector as sorted feature indices and their L2-normalised binary TF-IDF values. PAD after the real
    /// ids is ignored (no feature contains it).
    /// </summary>
    public (int[] Indices, float[] Values) Featurize(ReadOnlySpan<long> tokenIds, ReadOnlySpan<long> charIds)
    {
        var tokens = Group(Grams(tokenIds.ToArray(), TokenOrder), _tokenIndex, 0);
        var characters = Group(Grams(charIds.ToArray(), CharacterOrder), _charIndex, Tokens.Count);
        return ([.. tokens.Indices, .. characters.Indices], [.. tokens.Values, .. characters.Values]);
    }

    private (int[] Indices, float[] Values) Group(IEnumerable<Key> grams, Dictionary<Key, int> index, int offset)
    {
        var present = new SortedSet<int>();
        foreach (var gram in grams)
        {
            if (index.TryGetValue(gram, out var feature))
            {
                present.Add(feature + offset);
            }
        }

        var indices = present.ToArray();
        var values = indices.Select(f => (double)Idf[f]).ToArray();
        var norm = Math.Sqrt(values.Sum(v => v * v));
        return (indices, values.Select(v => (float)(norm == 0 ? 0 : v / norm)).ToArray());
    }

    // Every contiguous 1…maxOrder-gram of real ids (> LastSpecialId).
    private static IEnumerable<Key> Grams(long[] ids, int maxOrder)
    {
        for (var order = 1; order <= maxOrder; order++)
        {
            for (var start = 0; start + order <= ids.Length; start++)
            {
                var span = ids.AsSpan(start, order);
                if (!span.ContainsAnyInRange(long.MinValue, LastSpecialId))
                {
                    yield return Key.Of(span);
                }
            }
        }
    }

    private static Dictionary<Key, int> IndexOf(NGramTable table)
    {
        var index = new Dictionary<Key, int>(table.Count);
        for (var row = 0; row < table.Count; row++)
        {
            if (!index.TryAdd(Key.Of(table.Gram(row)), row))
            {
                throw new ArgumentException($"N-gram row {row} is a duplicate.", nameof(table));
            }
        }

        return index;
    }

    private static NGramTable Table(IEnumerable<Key> grams, int width)
    {
        var ids = new List<long>();
        foreach (var gram in grams)
        {
            ids.AddRange(gram.Ids(width));
        }

        return new NGramTable([.. ids], width);
    }

    /// <summary>An n-gram of up to three ids, PAD-filled; sorts by order, then ids.</summary>
    private readonly record struct Key(int Order, long A, long B, long C) : IComparable<Key>
    {
        public static Key Of(ReadOnlySpan<long> ids) =>
            new(ids.Length, ids[0], ids.Length > 1 ? ids[1] : 0, ids.Length > 2 ? ids[2] : 0);

        public long[] Ids(int width) => new[] { A, B, C }[..width];

        public int CompareTo(Key other) =>
            (Order, A, B, C).CompareTo((other.Order, other.A, other.B, other.C));
    }
}
