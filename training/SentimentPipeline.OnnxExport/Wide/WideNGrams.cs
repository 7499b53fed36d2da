namespace SentimentPipeline.OnnxExport.Wide;

/// <summary>
/// The wide path's features, the same in training and in the exported graph: token 1–2-grams and character
/// 1–3-grams (the scikit-learn baseline's), each n-gram of ids x₁…xₙ hashed to the bucket
/// <c>((…(x₁·V + x₂)·V …)·V + xₙ)·8 + salt) mod buckets</c> (V = vocabulary size). An n-gram that contains PAD
/// or UNK is no feature. Per review a feature's value is <c>(1 + ln tf) · idf</c> (sublinear TF, idf of the
/// training split, 0 for buckets seen in fewer than <see cref="MinDocumentFrequency"/> training reviews), and the
/// token and the character group are L2-normalised separately, as two concatenated TF-IDF vectorizers would be.
/// </summary>
public static class WideNGrams
{
    /// <summary>Salts are below this, so the hash multiplies the key by it.</summary>
    public const int SaltCount = 8;

    /// <summary>Buckets seen in fewer training reviews get idf 0 (scikit-learn's <c>min_df</c>).</summary>
    public const int MinDocumentFrequency = 2;

    /// <summary>Ids of PAD and UNK: an n-gram containing an id at or below this is no feature.</summary>
    public const long LastSpecialId = 1;

    /// <summary>Longest n-gram: inputs are padded by <c>MaxOrder − 1</c> PAD ids so that every family has a position.</summary>
    public const int MaxOrder = 3;

    /// <summary>Token unigrams and bigrams, then character unigrams, bigrams and trigrams.</summary>
    public static readonly IReadOnlyList<NGramKind> Kinds =
    [
        new(OverCharacters: false, Order: 1, Salt: 0),
        new(OverCharacters: false, Order: 2, Salt: 1),
        new(OverCharacters: true, Order: 1, Salt: 2),
        new(OverCharacters: true, Order: 2, Salt: 3),
        new(OverCharacters: true, Order: 3, Salt: 4),
    ];

    /// <summary>Largest vocabulary whose trigram keys (<c>V³ · 8</c>) fit in an int64.</summary>
    public const long MaxVocabularySize = 1_000_000;

    /// <summary>The bucket of one n-gram, or -1 when it contains PAD or UNK.</summary>
    public static long Bucket(ReadOnlySpan<long> ids, NGramKind kind, long vocabularySize, long buckets)
    {
        ArgumentNullException.ThrowIfNull(kind);
        long key = 0;
        for (var j = 0; j < kind.Order; j++)
        {
            if (ids[j] <= LastSpecialId)
            {
                return -1;
            }

            key = (key * vocabularySize) + ids[j];
        }

        return ((key * SaltCount) + kind.Salt) % buckets;
    }

    /// <summary>The distinct buckets of one review's features (for document frequencies).</summary>
    public static HashSet<long> DistinctBuckets(ReadOnlySpan<long> tokenIds, ReadOnlySpan<long> charIds, long vocabularySize, long buckets)
    {
        var found = new HashSet<long>();
        foreach (var kind in Kinds)
        {
            var ids = kind.OverCharacters ? charIds : tokenIds;
            for (var start = 0; start + kind.Order <= ids.Length; start++)
            {
                var bucket = Bucket(ids.Slice(start, kind.Order), kind, vocabularySize, buckets);
                if (bucket >= 0)
                {
                    found.Add(bucket);
                }
            }
        }

        return found;
    }

    /// <summary>
    /// scikit-learn's smooth idf, <c>ln((1 + n) / (1 + df)) + 1</c>, per bucket; 0 below
    /// <see cref="MinDocumentFrequency"/>.
    /// </summary>
    public static float[] InverseDocumentFrequencies(int[] documentFrequencies, int documents)
    {
        ArgumentNullException.ThrowIfNull(documentFrequencies);
        return documentFrequencies
            .Select(df => df < MinDocumentFrequency ? 0f : (float)(Math.Log((1.0 + documents) / (1.0 + df)) + 1.0))
            .ToArray();
    }
}
