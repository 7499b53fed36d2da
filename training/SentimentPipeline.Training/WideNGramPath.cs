using SentimentPipeline.OnnxExport.Wide;
using TorchSharp;
using TorchSharp.Modules;
using static TorchSharp.torch;

namespace SentimentPipeline.Training;

/// <summary>
/// The wide path: a linear model over hashed, sublinear-TF-IDF, L2-normalised token 1–2-grams and character
/// 1–3-grams (<see cref="WideNGrams"/>), computed from the id inputs inside the model so that the exported graph
/// needs no other input. <c>weights</c> [buckets, 2] is trained; <c>idf</c> [buckets] is a buffer set once from the
/// training split (<see cref="SetInverseDocumentFrequencies"/>).
/// </summary>
public sealed class WideNGramPath : nn.Module<Tensor, Tensor, Tensor>
{
    private const float NormFloor = 1e-6f;

    // Field names are the state-dict names (wide.weights, wide.idf).
    private readonly Parameter weights;
    private readonly Tensor idf;
    private readonly long _vocabularySize;

    /// <summary>Creates the path with zero weights and zero idf (no feature counts until the idf is set).</summary>
    public WideNGramPath(long vocabularySize, long buckets)
        : base(nameof(WideNGramPath))
    {
        _vocabularySize = vocabularySize;
        weights = nn.Parameter(zeros(buckets, 2));
        idf = zeros(buckets);
        register_buffer(nameof(idf), idf);
        RegisterComponents();
    }

    /// <summary>Number of hash buckets.</summary>
    public long Buckets => weights.shape[0];

    /// <summary>Sets the idf buffer (one value per bucket, see <see cref="WideNGrams.InverseDocumentFrequencies"/>).</summary>
    public void SetInverseDocumentFrequencies(float[] values)
    {
        ArgumentNullException.ThrowIfNull(values);
        if (values.Length != Buckets)
        {
            throw new ArgumentException($"{values.Length} idf values for {Buckets} buckets.", nameof(values));
        }

        using var noGrad = no_grad();
        using var source = tensor(values);
        idf.copy_(source);
    }

    /// <summary>Multiplies the weights by <paramref name="scale"/> (folding an ensemble weight into the path).</summary>
    public void ScaleWeights(float scale)
    {
        using var noGrad = no_grad();
        weights.mul_(scale);
    }

    /// <summary>Wide logits [batch, 2] from token ids and character ids (int64, PAD = 0 after the real length).</summary>
    public override Tensor forward(Tensor tokenIds, Tensor charIds)
    {
        using var scope = NewDisposeScope();
        var tokens = Group(tokenIds, overCharacters: false);
        var characters = Group(charIds, overCharacters: true);
        return (tokens + characters).MoveToOuterDisposeScope();
    }

    // Σ over the group's n-gram occurrences of value/tf · w[bucket], divided by the group's L2 norm
    // sqrt(Σ value²/tf) (each distinct feature occurs tf times, so both sums count it once).
    private Tensor Group(Tensor ids, bool overCharacters)
    {
        var padded = nn.functional.pad(ids, [0, WideNGrams.MaxOrder - 1]);
        Tensor? numerator = null;
        Tensor? squaredNorm = null;
        foreach (var kind in WideNGrams.Kinds.Where(k => k.OverCharacters == overCharacters))
        {
            var (bucket, valid) = Hash(padded, kind);
            var weight = valid * idf.index_select(0, bucket.flatten()).reshape(bucket.shape);
            var termFrequency = (bucket.unsqueeze(2) == bucket.unsqueeze(1)).to(float32).mul(valid.unsqueeze(1)).sum(2).clamp_min(1f);
            var value = weight * (termFrequency.log() + 1f);
            var perOccurrence = value / termFrequency;
            var logits = (perOccurrence.unsqueeze(2) * weights.index_select(0, bucket.flatten()).reshape(bucket.shape[0], bucket.shape[1], 2)).sum(1);
            var norm = (value * perOccurrence).sum(1);
            numerator = numerator is null ? logits : numerator + logits;
            squaredNorm = squaredNorm is null ? norm : squaredNorm + norm;
        }

        return numerator! / squaredNorm!.sqrt().clamp_min(NormFloor).unsqueeze(1);
    }

    private (Tensor Bucket, Tensor Valid) Hash(Tensor padded, NGramKind kind)
    {
        var positions = padded.shape[1] - WideNGrams.MaxOrder + 1;
        var key = zeros_like(padded[.., ..(int)positions]);
        var valid = ones_like(key, dtype: ScalarType.Bool);
        for (var j = 0; j < kind.Order; j++)
        {
            var id = padded[.., j..(int)(j + positions)];
            key = (key * _vocabularySize) + id;
            valid = valid.logical_and(id > WideNGrams.LastSpecialId);
        }

        var bucket = ((key * WideNGrams.SaltCount) + kind.Salt).remainder(Buckets);
        return (bucket, valid.to(float32));
    }
}
