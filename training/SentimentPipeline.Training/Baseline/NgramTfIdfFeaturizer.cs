using System.Text;

namespace SentimentPipeline.Training.Baseline;

/// <summary>
/// TF-IDF over word n-grams of a review's tokens and character n-grams of the tokens joined by single spaces,
/// with the weighting of scikit-learn's <c>TfidfVectorizer(sublinear_tf=True, min_df=2)</c>: tf = 1 + ln(count),
/// idf = ln((1 + n) / (1 + df)) + 1 over the n training reviews, then each block (words, characters) L2-normalised
/// and the blocks concatenated (words first). Characters are Unicode scalar values. Feature indices follow the
/// n-grams' ordinal order within each block, so the same training reviews always give the same features.
/// An instance is immutable after <see cref="Fit"/>, so <see cref="Transform"/> may run on any number of threads.
/// </summary>
public sealed class NgramTfIdfFeaturizer
{
    private readonly NgramTfIdfOptions _options;
    private readonly Dictionary<string, int> _wordIndex;
    private readonly Dictionary<string, int> _charIndex;
    private readonly float[] _idf;

    private NgramTfIdfFeaturizer(NgramTfIdfOptions options, Dictionary<string, int> wordIndex, Dictionary<string, int> charIndex, float[] idf)
    {
        _options = options;
        _wordIndex = wordIndex;
        _charIndex = charIndex;
        _idf = idf;
    }

    /// <summary>Word n-gram features (indices 0 … <see cref="WordFeatureCount"/> − 1).</summary>
    public int WordFeatureCount => _wordIndex.Count;

    /// <summary>Character n-gram features (after the word features).</summary>
    public int CharFeatureCount => _charIndex.Count;

    /// <summary>All features.</summary>
    public int FeatureCount => _idf.Length;

    /// <summary>Chooses the n-grams and their IDF from the training reviews.</summary>
    /// <param name="documents">Each training review's tokens.</param>
    /// <param name="options">What to extract.</param>
    public static NgramTfIdfFeaturizer Fit(IReadOnlyList<IReadOnlyList<string>> documents, NgramTfIdfOptions options)
    {
        ArgumentNullException.ThrowIfNull(documents);
        ArgumentNullException.ThrowIfNull(options);
        options.Validate();
        var wordFrequency = new Dictionary<string, int>(StringComparer.Ordinal);
        var charFrequency = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var tokens in documents)
        {
            CountDocument(WordNgrams(tokens, options.WordNgramLength), wordFrequency);
            CountDocument(CharNgrams(tokens, options.CharNgramLength), charFrequency);
        }

        var wordIndex = Index(wordFrequency, options.MinDocumentFrequency, 0);
        var charIndex = Index(charFrequency, options.MinDocumentFrequency, wordIndex.Count);
        var idf = new float[wordIndex.Count + charIndex.Count];
        foreach (var (frequency, index) in new[] { (wordFrequency, wordIndex), (charFrequency, charIndex) })
        {
            foreach (var (gram, id) in index)
            {
                idf[id] = (float)(Math.Log((1.0 + documents.Count) / (1.0 + frequency[gram])) + 1.0);
            }
        }

        return new NgramTfIdfFeaturizer(options, wordIndex, charIndex, idf);
    }

    /// <summary>The review's feature vector; n-grams unseen in training are ignored.</summary>
    public SparseFeatures Transform(IReadOnlyList<string> tokens)
    {
        ArgumentNullException.ThrowIfNull(tokens);
        var word = Block(WordNgrams(tokens, _options.WordNgramLength), _wordIndex);
        var chars = Block(CharNgrams(tokens, _options.CharNgramLength), _charIndex);
        return new SparseFeatures([.. word.Indices, .. chars.Indices], [.. word.Values, .. chars.Values]);
    }

    /// <summary>Word n-grams of lengths 1 … <paramref name="maxLength"/>, the tokens of a bigram joined by a space.</summary>
    internal static IEnumerable<string> WordNgrams(IReadOnlyList<string> tokens, int maxLength)
    {
        for (var length = 1; length <= maxLength; length++)
        {
            for (var start = 0; start + length <= tokens.Count; start++)
            {
                yield return length == 1 ? tokens[start] : string.Join(' ', Enumerable.Range(start, length).Select(i => tokens[i]));
            }
        }
    }

    /// <summary>Character n-grams (Unicode scalars) of lengths 1 … <paramref name="maxLength"/> of the tokens joined by spaces.</summary>
    internal static IEnumerable<string> CharNgrams(IReadOnlyList<string> tokens, int maxLength)
    {
        if (maxLength == 0)
        {
            yield break;
        }

        var scalars = string.Join(' ', tokens).EnumerateRunes().Select(r => r.ToString()).ToArray();
        var builder = new StringBuilder();
        for (var length = 1; length <= maxLength; length++)
        {
            for (var start = 0; start + length <= scalars.Length; start++)
            {
                builder.Clear();
                for (var i = start; i < start + length; i++)
                {
                    builder.Append(scalars[i]);
                }

                yield return builder.ToString();
            }
        }
    }

    private static void CountDocument(IEnumerable<string> grams, Dictionary<string, int> documentFrequency)
    {
        foreach (var gram in grams.Distinct(StringComparer.Ordinal))
        {
            documentFrequency[gram] = documentFrequency.GetValueOrDefault(gram) + 1;
        }
    }

    private static Dictionary<string, int> Index(Dictionary<string, int> documentFrequency, int minDocumentFrequency, int firstId)
    {
        var kept = documentFrequency.Where(p => p.Value >= minDocumentFrequency).Select(p => p.Key).Order(StringComparer.Ordinal);
        var index = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var gram in kept)
        {
            index.Add(gram, firstId + index.Count);
        }

        return index;
    }

    private SparseFeatures Block(IEnumerable<string> grams, Dictionary<string, int> index)
    {
        var counts = new SortedDictionary<int, int>();
        foreach (var gram in grams)
        {
            if (index.TryGetValue(gram, out var id))
            {
                counts[id] = counts.GetValueOrDefault(id) + 1;
            }
        }

        var indices = counts.Keys.ToArray();
        var values = new double[indices.Length];
        var i = 0;
        foreach (var (id, count) in counts)
        {
            values[i++] = (_options.SublinearTf ? 1 + Math.Log(count) : count) * _idf[id];
        }

        var norm = Math.Sqrt(values.Sum(v => v * v));
        return new SparseFeatures(indices, values.Select(v => (float)(norm == 0 ? 0 : v / norm)).ToArray());
    }
}
