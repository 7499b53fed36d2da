using TorchSharp;
using TorchSharp.Modules;
using static TorchSharp.torch;

namespace SentimentPipeline.Training;

/// <summary>
/// Wide and deep. Deep: embedding → dropout → (Bi)LSTM over each review's real length (packed sequence) → the last
/// layer's final hidden states (forward, then backward) and, with <see cref="ModelOptions.MaxPooling"/>, the maximum
/// of the last layer's outputs over the real positions and, with <see cref="ModelOptions.AttentionPooling"/>, their
/// attention-weighted sum (score v · tanh(W h + b), softmax over the real positions) → dropout → [dense → ReLU when
/// <see cref="ModelOptions.DenseSize"/> &gt; 0] → linear → 2 logits (0 = negative, 1 = positive).
/// Wide (when <see cref="ModelOptions.HasWide"/>): <see cref="WideNGramPath"/>'s logits are added.
/// Padding never reaches the result.
/// Parameter names (the export contract): <c>embedding.weight</c>, <c>lstm.weight_ih_l{k}[_reverse]</c>,
/// <c>lstm.weight_hh_l{k}[_reverse]</c>, <c>lstm.bias_ih_l{k}[_reverse]</c>, <c>lstm.bias_hh_l{k}[_reverse]</c>,
/// [<c>attention_projection.weight</c>, <c>attention_projection.bias</c>, <c>attention_score.weight</c>,] [<c>dense.weight</c>, <c>dense.bias</c>,] <c>classifier.weight</c>, <c>classifier.bias</c>, <c>wide.weights</c>, <c>wide.bias</c> and the buffers <c>wide.token_grams</c>, <c>wide.char_grams</c>, <c>wide.idf</c>.
/// </summary>
public sealed class SentimentClassifier : nn.Module<Tensor, Tensor, Tensor, Tensor>
{
    // Outside the real positions the LSTM outputs (all in (-1, 1)) are replaced by this before the maximum.
    private const float PaddingForMax = -2f;

    // Field names are the submodule names in the state dict; declared in call order.
    private readonly Embedding embedding;
    private readonly Dropout embedding_dropout;
    private readonly LSTM lstm;
    private readonly Linear? attention_projection;
    private readonly Linear? attention_score;
    private readonly Dropout dropout;
    private readonly Linear? dense;
    private readonly Linear classifier;
    private readonly WideNGramPath? wide;

    /// <summary>Creates a freshly initialised model (call <see cref="TorchSharpNativeLoader.EnsureLoaded"/> first).</summary>
    public SentimentClassifier(ModelOptions options)
        : base(nameof(SentimentClassifier))
    {
        ArgumentNullException.ThrowIfNull(options);
        options.Validate();
        Options = options;
        embedding = nn.Embedding(options.VocabularySize, options.EmbeddingSize, padding_idx: 0);
        embedding_dropout = nn.Dropout(options.EmbeddingDropout);
        lstm = nn.LSTM(
            options.EmbeddingSize,
            options.HiddenSize,
            numLayers: options.Layers,
            batchFirst: true,
            dropout: options.Layers > 1 ? options.Dropout : 0,
            bidirectional: options.Bidirectional);
        var outputs = options.HiddenSize * options.Directions;
        attention_projection = options.AttentionPooling ? nn.Linear(outputs, outputs) : null;
        attention_score = options.AttentionPooling ? nn.Linear(outputs, 1, hasBias: false) : null;
        dropout = nn.Dropout(options.Dropout);
        // A null field registers nothing, so a model without the dense layer keeps its parameter names.
        dense = options.DenseSize > 0 ? nn.Linear(options.FeatureSize, options.DenseSize) : null;
        classifier = nn.Linear(options.DenseSize > 0 ? options.DenseSize : options.FeatureSize, 2);
        wide = options.HasWide ? new WideNGramPath(options.WideTokenFeatures, options.WideCharFeatures) : null;
        RegisterComponents();
    }

    /// <summary>The options the model was built with.</summary>
    public ModelOptions Options { get; }

    /// <summary>The wide path, or null when the model has none.</summary>
    public WideNGramPath? Wide => wide;

    /// <summary>Computes logits.</summary>
    /// <param name="ids">Token ids, int64 [batch, sequence], PAD (0) after each review's real length.</param>
    /// <param name="lengths">Real lengths, int64 [batch], each in 1..sequence.</param>
    /// <param name="charIds">Character ids, int64 [batch, characters], PAD (0) after each review's real length.</param>
    /// <returns>Logits, float32 [batch, 2].</returns>
    public override Tensor forward(Tensor ids, Tensor lengths, Tensor charIds)
    {
        ArgumentNullException.ThrowIfNull(charIds);
        using var scope = NewDisposeScope();
        var logits = DeepLogits(ids, lengths);
        if (wide is not null)
        {
            logits = logits + wide.call(ids, charIds);
        }

        return logits.MoveToOuterDisposeScope();
    }

    /// <summary>The token embedding table [vocabulary, embedding] (row 0 is PAD).</summary>
    internal Tensor EmbeddingWeight => embedding.weight!;

    /// <summary>The parameters of the deep path (everything but the wide path).</summary>
    public IEnumerable<Parameter> DeepParameters()
    {
        var wideParameters = wide?.parameters().ToHashSet() ?? [];
        return parameters().Where(p => !wideParameters.Contains(p));
    }

    /// <summary>
    /// Folds an ensemble's mixing weights into the parameters: afterwards the logits are
    /// <c>deepScale · deep + wideScale · wide + bias</c> of the logits before.
    /// </summary>
    public void ScalePaths(float deepScale, float wideScale, float[] bias)
    {
        ArgumentNullException.ThrowIfNull(bias);
        using var noGrad = no_grad();
        using var biasTensor = tensor(bias);
        classifier.weight!.mul_(deepScale);
        classifier.bias!.mul_(deepScale).add_(biasTensor);
        wide?.Scale(wideScale);
    }

    /// <summary>The deep path's logits [batch, 2] (token ids and real lengths as in <see cref="forward"/>).</summary>
    public Tensor DeepLogits(Tensor ids, Tensor lengths)
    {
        ArgumentNullException.ThrowIfNull(ids);
        ArgumentNullException.ThrowIfNull(lengths);
        using var scope = NewDisposeScope();
        var embedded = embedding_dropout.call(embedding.call(ids));
        // pack_padded_sequence wants the lengths on the CPU as int64.
        var cpuLengths = lengths.to(int64).cpu();
        using var packed = nn.utils.rnn.pack_padded_sequence(embedded, cpuLengths, batch_first: true, enforce_sorted: false);
        var (output, hidden, _) = lstm.call(packed);
        var features = FinalHiddenState(hidden);
        if (Options.MaxPooling || attention_projection is not null)
        {
            // Both poolings read the outputs as [batch, longest length, directions × hidden], unpacked once.
            var (padded, _) = nn.utils.rnn.pad_packed_sequence(output, batch_first: true);
            var real = RealPositions(padded, cpuLengths);
            if (Options.MaxPooling)
            {
                features = cat([features, padded.where(real.unsqueeze(2), PaddingForMax).amax([1])], 1);
            }

            if (attention_projection is not null)
            {
                features = cat([features, AttentionOverRealPositions(padded, real)], 1);
            }
        }

        output.Dispose();
        var head = dropout.call(features);
        if (dense is not null)
        {
            head = nn.functional.relu(dense.call(head));
        }

        return classifier.call(head).MoveToOuterDisposeScope();
    }

    // hidden: [layers × directions, batch, hidden], ordered layer by layer, forward before backward.
    private Tensor FinalHiddenState(Tensor hidden)
    {
        var lastLayer = (Options.Layers - 1) * Options.Directions;
        var forwardState = hidden[lastLayer];
        return Options.Bidirectional ? cat([forwardState, hidden[lastLayer + 1]], 1) : forwardState;
    }

    private Tensor AttentionOverRealPositions(Tensor padded, Tensor real)
    {
        var scores = attention_score!.call(tanh(attention_projection!.call(padded))).squeeze(2);
        var weights = softmax(scores.masked_fill(real.logical_not(), float.NegativeInfinity), 1);
        return (weights.unsqueeze(2) * padded).sum(1);
    }

    // [batch, longest length]: true inside each review's real length.
    private static Tensor RealPositions(Tensor padded, Tensor lengths)
    {
        var positions = arange(padded.shape[1], dtype: int64).unsqueeze(0);
        return (positions < lengths.unsqueeze(1)).to(padded.device);
    }
}
