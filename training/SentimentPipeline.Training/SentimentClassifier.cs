using TorchSharp;
using TorchSharp.Modules;
using static TorchSharp.torch;

namespace SentimentPipeline.Training;

/// <summary>
/// Embedding → (Bi)LSTM over each review's real length (packed sequence) → dropout → [dense → ReLU when
/// <see cref="ModelOptions.DenseSize"/> &gt; 0] → linear → 2 logits (0 = negative, 1 = positive). The features
/// are the last layer's final hidden state at the real length, forward direction then backward, so padding never
/// reaches the result.
/// Parameter names (the export contract): <c>embedding.weight</c>, <c>lstm.weight_ih_l{k}[_reverse]</c>,
/// <c>lstm.weight_hh_l{k}[_reverse]</c>, <c>lstm.bias_ih_l{k}[_reverse]</c>, <c>lstm.bias_hh_l{k}[_reverse]</c>,
/// [<c>dense.weight</c>, <c>dense.bias</c>,] <c>classifier.weight</c>, <c>classifier.bias</c>.
/// </summary>
public sealed class SentimentClassifier : nn.Module<Tensor, Tensor, Tensor>
{
    // Field names are the submodule names in the state dict; declared in call order.
    private readonly Embedding embedding;
    private readonly LSTM lstm;
    private readonly Dropout dropout;
    private readonly Linear? dense;
    private readonly Linear classifier;

    /// <summary>Creates a freshly initialised model (call <see cref="TorchSharpNativeLoader.EnsureLoaded"/> first).</summary>
    public SentimentClassifier(ModelOptions options)
        : base(nameof(SentimentClassifier))
    {
        ArgumentNullException.ThrowIfNull(options);
        options.Validate();
        Options = options;
        embedding = nn.Embedding(options.VocabularySize, options.EmbeddingSize, padding_idx: 0);
        lstm = nn.LSTM(
            options.EmbeddingSize,
            options.HiddenSize,
            numLayers: options.Layers,
            batchFirst: true,
            dropout: options.Layers > 1 ? options.Dropout : 0,
            bidirectional: options.Bidirectional);
        dropout = nn.Dropout(options.Dropout);
        // A null field registers nothing, so a model without the dense layer keeps its parameter names.
        dense = options.DenseSize > 0 ? nn.Linear(options.FeatureSize, options.DenseSize) : null;
        classifier = nn.Linear(options.DenseSize > 0 ? options.DenseSize : options.FeatureSize, 2);
        RegisterComponents();
    }

    /// <summary>The options the model was built with.</summary>
    public ModelOptions Options { get; }

    /// <summary>Computes logits.</summary>
    /// <param name="ids">Token ids, int64 [batch, sequence], PAD (0) after each review's real length.</param>
    /// <param name="lengths">Real lengths, int64 [batch], each in 1..sequence.</param>
    /// <returns>Logits, float32 [batch, 2].</returns>
    public override Tensor forward(Tensor ids, Tensor lengths)
    {
        ArgumentNullException.ThrowIfNull(ids);
        ArgumentNullException.ThrowIfNull(lengths);
        using var scope = NewDisposeScope();
        var embedded = embedding.call(ids);
        // pack_padded_sequence wants the lengths on the CPU as int64.
        using var packed = nn.utils.rnn.pack_padded_sequence(embedded, lengths.to(int64).cpu(), batch_first: true, enforce_sorted: false);
        var (output, hidden, _) = lstm.call(packed);
        output.Dispose();
        var features = FinalHiddenState(hidden);
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
}
