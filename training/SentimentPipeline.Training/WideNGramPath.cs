using SentimentPipeline.OnnxExport.Wide;
using TorchSharp;
using TorchSharp.Modules;
using static TorchSharp.torch;

namespace SentimentPipeline.Training;

/// <summary>
/// The wide path: a linear model over the <see cref="WideFeatureSet"/>'s L2-normalised binary TF-IDF token
/// 1–2-grams and character 1–3-grams, computed from the id inputs, so that the exported graph needs no other input.
/// <c>weights</c> [features, 2] and <c>bias</c> [2] are the linear model; the buffers <c>token_grams</c>,
/// <c>char_grams</c> and <c>idf</c> hold the feature set, so a loaded checkpoint carries it.
/// </summary>
public sealed class WideNGramPath : nn.Module<Tensor, Tensor, Tensor>
{
    // Field names are the state-dict names (wide.weights, wide.bias, wide.token_grams, wide.char_grams, wide.idf).
    private readonly Parameter weights;
    private readonly Parameter bias;
    private readonly Tensor token_grams;
    private readonly Tensor char_grams;
    private readonly Tensor idf;

    // Built from the buffers on first use: a freshly constructed path is filled by load() before it scores.
    private WideFeatureSet? _features;

    /// <summary>Creates the path for a feature set of the given sizes, all zero until set or loaded.</summary>
    public WideNGramPath(int tokenFeatures, int charFeatures)
        : base(nameof(WideNGramPath))
    {
        ArgumentOutOfRangeException.ThrowIfNegative(tokenFeatures);
        ArgumentOutOfRangeException.ThrowIfNegative(charFeatures);
        weights = nn.Parameter(zeros(tokenFeatures + charFeatures, 2));
        bias = nn.Parameter(zeros(2));
        token_grams = zeros(tokenFeatures, WideFeatureSet.TokenOrder, dtype: int64);
        char_grams = zeros(charFeatures, WideFeatureSet.CharacterOrder, dtype: int64);
        idf = zeros(tokenFeatures + charFeatures);
        register_buffer(nameof(token_grams), token_grams);
        register_buffer(nameof(char_grams), char_grams);
        register_buffer(nameof(idf), idf);
        RegisterComponents();
    }

    /// <summary>The feature set (from the buffers).</summary>
    public WideFeatureSet Features => _features ??= new WideFeatureSet(
        new NGramTable(token_grams.data<long>().ToArray(), WideFeatureSet.TokenOrder),
        new NGramTable(char_grams.data<long>().ToArray(), WideFeatureSet.CharacterOrder),
        idf.data<float>().ToArray());

    /// <summary>Stores a feature set of the sizes the path was created for.</summary>
    public void SetFeatures(WideFeatureSet features)
    {
        ArgumentNullException.ThrowIfNull(features);
        if (features.Tokens.Count != token_grams.shape[0] || features.Characters.Count != char_grams.shape[0])
        {
            throw new ArgumentException($"{features.Tokens.Count} + {features.Characters.Count} features for a path of {token_grams.shape[0]} + {char_grams.shape[0]}.", nameof(features));
        }

        using var noGrad = no_grad();
        using var tokens = tensor(features.Tokens.Ids, token_grams.shape);
        using var characters = tensor(features.Characters.Ids, char_grams.shape);
        using var values = tensor(features.Idf.ToArray());
        token_grams.copy_(tokens);
        char_grams.copy_(characters);
        idf.copy_(values);
        _features = features;
    }

    /// <summary>
    /// Sets a binary logistic model p(positive) = σ(w · x + b) as logits [0, w · x + b] (the softmax of which is that
    /// probability).
    /// </summary>
    public void SetLinearModel(float[] positiveWeights, float positiveBias)
    {
        ArgumentNullException.ThrowIfNull(positiveWeights);
        if (positiveWeights.Length != weights.shape[0])
        {
            throw new ArgumentException($"{positiveWeights.Length} weights for {weights.shape[0]} features.", nameof(positiveWeights));
        }

        using var noGrad = no_grad();
        using var column = tensor(positiveWeights);
        weights.zero_();
        weights[.., 1].copy_(column);
        using var positiveBiasRow = tensor(new[] { 0f, positiveBias });
        bias.copy_(positiveBiasRow);
    }

    /// <summary>Multiplies the weights and bias by <paramref name="scale"/> (folding an ensemble weight into the path).</summary>
    public void Scale(float scale)
    {
        using var noGrad = no_grad();
        weights.mul_(scale);
        bias.mul_(scale);
    }

    /// <summary>Wide logits [batch, 2] from token ids and character ids (int64, PAD = 0 after the real length).</summary>
    public override Tensor forward(Tensor tokenIds, Tensor charIds)
    {
        ArgumentNullException.ThrowIfNull(tokenIds);
        ArgumentNullException.ThrowIfNull(charIds);
        using var scope = NewDisposeScope();
        var (indices, values) = SparseBatch(tokenIds, charIds);
        var rows = indices.shape[0];
        var gathered = weights.index_select(0, indices.flatten()).reshape(rows, indices.shape[1], 2);
        return ((gathered * values.unsqueeze(2)).sum(1) + bias).MoveToOuterDisposeScope();
    }

    // The batch's feature vectors as [batch, most features of a row] indices and values; shorter rows are padded
    // with feature 0 at value 0, which adds nothing.
    private (Tensor Indices, Tensor Values) SparseBatch(Tensor tokenIds, Tensor charIds)
    {
        var batch = (int)tokenIds.shape[0];
        var tokenWidth = (int)tokenIds.shape[1];
        var charWidth = (int)charIds.shape[1];
        var tokens = tokenIds.cpu().contiguous().data<long>().ToArray();
        var characters = charIds.cpu().contiguous().data<long>().ToArray();
        var rows = new (int[] Indices, float[] Values)[batch];
        for (var i = 0; i < batch; i++)
        {
            rows[i] = Features.Featurize(tokens.AsSpan(i * tokenWidth, tokenWidth), characters.AsSpan(i * charWidth, charWidth));
        }

        var width = Math.Max(1, rows.Max(r => r.Indices.Length));
        var indices = new long[batch * width];
        var values = new float[batch * width];
        for (var i = 0; i < batch; i++)
        {
            for (var k = 0; k < rows[i].Indices.Length; k++)
            {
                indices[(i * width) + k] = rows[i].Indices[k];
                values[(i * width) + k] = rows[i].Values[k];
            }
        }

        return (tensor(indices, [batch, width]).to(weights.device), tensor(values, [batch, width]).to(weights.device));
    }
}
