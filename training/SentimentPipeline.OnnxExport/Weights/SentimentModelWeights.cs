namespace SentimentPipeline.OnnxExport.Weights;

/// <summary>
/// Every trained parameter of the sentiment classifier (embedding → stacked (Bi)LSTM → linear layer), as plain
/// arrays, so that the exporter does not depend on the training framework.
/// </summary>
/// <param name="Embedding"><c>embedding.weight</c>: [vocabulary size, embedding size]; row 0 is PAD.</param>
/// <param name="Layers">The LSTM layers, bottom first; all bidirectional or all unidirectional.</param>
/// <param name="ClassifierWeight"><c>classifier.weight</c>: [classes, directions × hidden].</param>
/// <param name="ClassifierBias"><c>classifier.bias</c>: [classes].</param>
public sealed record SentimentModelWeights(
    WeightTensor Embedding,
    IReadOnlyList<LstmLayerWeights> Layers,
    WeightTensor ClassifierWeight,
    WeightTensor ClassifierBias)
{
    /// <summary>Whether the LSTM layers have a backward direction.</summary>
    public bool Bidirectional => Layers.Count > 0 && Layers[0].Backward is not null;

    /// <summary>1 for an LSTM, 2 for a BiLSTM.</summary>
    public int Directions => Bidirectional ? 2 : 1;
}
