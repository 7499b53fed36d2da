namespace SentimentPipeline.OnnxExport.Weights;

/// <summary>
/// Every trained parameter of the sentiment classifier (embedding → stacked (Bi)LSTM → final states [+ max pooling] [+ attention pooling]
/// → [dense ReLU layer] → linear layer, plus the optional wide n-gram path), as plain arrays, so that the exporter does not depend on the
/// training framework.
/// </summary>
/// <param name="Embedding"><c>embedding.weight</c>: [vocabulary size, embedding size]; row 0 is PAD.</param>
/// <param name="Layers">The LSTM layers, bottom first; all bidirectional or all unidirectional.</param>
/// <param name="ClassifierWeight"><c>classifier.weight</c>: [classes, dense size, or directions × hidden × (1 + 1 with max pooling + 1 with attention pooling)].</param>
/// <param name="ClassifierBias"><c>classifier.bias</c>: [classes].</param>
/// <param name="MaxPooling">Whether the classifier also sees the maximum of the last layer's outputs (after the final states).</param>
/// <param name="Wide">The wide n-gram path, or null without one.</param>
/// <param name="DenseWeight"><c>dense.weight</c>: [dense, the deep features as for the classifier] of the optional ReLU layer before the classifier, or null.</param>
/// <param name="DenseBias"><c>dense.bias</c>: [dense], present exactly when <paramref name="DenseWeight"/> is.</param>
/// <param name="Temperature">Calibration temperature: the logits are divided by it before the softmax (1 = none).</param>
/// <param name="Attention">Attention pooling of the last layer's outputs (after the final states and the maximum), or null without it.</param>
public sealed record SentimentModelWeights(
    WeightTensor Embedding,
    IReadOnlyList<LstmLayerWeights> Layers,
    WeightTensor ClassifierWeight,
    WeightTensor ClassifierBias,
    bool MaxPooling = false,
    WidePathWeights? Wide = null,
    WeightTensor? DenseWeight = null,
    WeightTensor? DenseBias = null,
    double Temperature = 1,
    AttentionPoolingWeights? Attention = null)
{
    /// <summary>Whether the LSTM layers have a backward direction.</summary>
    public bool Bidirectional => Layers.Count > 0 && Layers[0].Backward is not null;

    /// <summary>1 for an LSTM, 2 for a BiLSTM.</summary>
    public int Directions => Bidirectional ? 2 : 1;

    /// <summary>Whether the pooling needs the last layer's whole output sequence, not only its final states.</summary>
    public bool PoolsSequence => MaxPooling || Attention is not null;

    /// <summary>Width of the deep features before the dense layer or classifier: final states, then the maximum, then attention.</summary>
    public int DeepFeatureCount(int hidden) => Directions * hidden * (1 + (MaxPooling ? 1 : 0) + (Attention is null ? 0 : 1));

    /// <summary>Whether a dense ReLU layer sits between the LSTM features and the classifier.</summary>
    public bool HasDense => DenseWeight is not null;
}
