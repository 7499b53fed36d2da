namespace SentimentPipeline.OnnxExport.Weights;

/// <summary>
/// Every trained parameter of the sentiment classifier (embedding → stacked (Bi)LSTM → final states [+ max pooling]
/// → [dense ReLU layer] → linear layer, plus the optional wide n-gram path), as plain arrays, so that the exporter does not depend on the
/// training framework.
/// </summary>
/// <param name="Embedding"><c>embedding.weight</c>: [vocabulary size, embedding size]; row 0 is PAD.</param>
/// <param name="Layers">The LSTM layers, bottom first; all bidirectional or all unidirectional.</param>
/// <param name="ClassifierWeight"><c>classifier.weight</c>: [classes, dense size, or directions × hidden × (2 with max pooling, else 1)].</param>
/// <param name="ClassifierBias"><c>classifier.bias</c>: [classes].</param>
/// <param name="MaxPooling">Whether the classifier also sees the maximum of the last layer's outputs (after the final states).</param>
/// <param name="Wide">The wide n-gram path, or null without one.</param>
/// <param name="DenseWeight"><c>dense.weight</c>: [dense, directions × hidden × (2 with max pooling, else 1)] of the optional ReLU layer before the classifier, or null.</param>
/// <param name="DenseBias"><c>dense.bias</c>: [dense], present exactly when <paramref name="DenseWeight"/> is.</param>
/// <param name="Temperature">Calibration temperature: the logits are divided by it before the softmax (1 = none).</param>
public sealed record SentimentModelWeights(
    WeightTensor Embedding,
    IReadOnlyList<LstmLayerWeights> Layers,
    WeightTensor ClassifierWeight,
    WeightTensor ClassifierBias,
    bool MaxPooling = false,
    WidePathWeights? Wide = null,
    WeightTensor? DenseWeight = null,
    WeightTensor? DenseBias = null,
    double Temperature = 1)
{
    /// <summary>Whether the LSTM layers have a backward direction.</summary>
    public bool Bidirectional => Layers.Count > 0 && Layers[0].Backward is not null;

    /// <summary>1 for an LSTM, 2 for a BiLSTM.</summary>
    public int Directions => Bidirectional ? 2 : 1;

    /// <summary>Whether a dense ReLU layer sits between the LSTM features and the classifier.</summary>
    public bool HasDense => DenseWeight is not null;
}
