namespace SentimentPipeline.OnnxExport.Weights;

/// <summary>
/// The parameters of one direction of one LSTM layer, in PyTorch/TorchSharp layout: the four gate blocks of
/// every tensor are stacked in the order input, forget, cell (g), output. The exporter reorders them for ONNX.
/// </summary>
/// <param name="InputWeights"><c>weight_ih</c>: [4 × hidden, layer input size].</param>
/// <param name="HiddenWeights"><c>weight_hh</c>: [4 × hidden, hidden].</param>
/// <param name="InputBias"><c>bias_ih</c>: [4 × hidden].</param>
/// <param name="HiddenBias"><c>bias_hh</c>: [4 × hidden].</param>
public sealed record LstmDirectionWeights(
    WeightTensor InputWeights,
    WeightTensor HiddenWeights,
    WeightTensor InputBias,
    WeightTensor HiddenBias);
