using SentimentPipeline.OnnxExport.Weights;
using static TorchSharp.torch;

namespace SentimentPipeline.Training.CheckpointExport;

/// <summary>
/// Copies a trained <see cref="SentimentClassifier"/>'s parameters, looked up by their contract names
/// (<see cref="ModelParameterNames"/>), into the framework-free <see cref="SentimentModelWeights"/> the ONNX
/// exporter takes.
/// </summary>
public static class ClassifierWeightsReader
{
    /// <summary>Reads every parameter of <paramref name="model"/> as float32 on the CPU.</summary>
    /// <param name="model">The trained classifier.</param>
    /// <param name="temperature">The calibration temperature to export with it (1 = none).</param>
    /// <exception cref="InvalidModelWeightsException">A parameter the contract names is missing from the model.</exception>
    public static SentimentModelWeights Read(SentimentClassifier model, double temperature = 1)
    {
        ArgumentNullException.ThrowIfNull(model);
        var parameters = model.named_parameters().ToDictionary(p => p.name, p => (Tensor)p.parameter);
        foreach (var (name, buffer) in model.named_buffers())
        {
            parameters[name] = buffer;
        }

        var options = model.Options;
        var layers = Enumerable.Range(0, options.Layers)
            .Select(layer => new LstmLayerWeights(
                Direction(parameters, layer, reverse: false),
                options.Bidirectional ? Direction(parameters, layer, reverse: true) : null))
            .ToList();
        return new SentimentModelWeights(
            Copy(parameters, ModelParameterNames.Embedding),
            layers,
            Copy(parameters, ModelParameterNames.ClassifierWeight),
            Copy(parameters, ModelParameterNames.ClassifierBias),
            options.MaxPooling,
            options.HasWide ? Wide(model.Wide!, parameters) : null,
            options.DenseSize > 0 ? Copy(parameters, ModelParameterNames.DenseWeight) : null,
            options.DenseSize > 0 ? Copy(parameters, ModelParameterNames.DenseBias) : null,
            temperature,
            options.AttentionPooling ? Attention(parameters) : null);
    }

    private static AttentionPoolingWeights Attention(Dictionary<string, Tensor> parameters) => new(
        Copy(parameters, ModelParameterNames.AttentionProjectionWeight),
        Copy(parameters, ModelParameterNames.AttentionProjectionBias),
        Copy(parameters, ModelParameterNames.AttentionScoreWeight));

    private static WidePathWeights Wide(WideNGramPath wide, Dictionary<string, Tensor> parameters) => new(
        wide.Features.Tokens,
        wide.Features.Characters,
        Copy(parameters, ModelParameterNames.WideIdf),
        Copy(parameters, ModelParameterNames.WideWeights),
        Copy(parameters, ModelParameterNames.WideBias));

    private static LstmDirectionWeights Direction(Dictionary<string, Tensor> parameters, int layer, bool reverse) => new(
        Copy(parameters, ModelParameterNames.InputWeights(layer, reverse)),
        Copy(parameters, ModelParameterNames.HiddenWeights(layer, reverse)),
        Copy(parameters, ModelParameterNames.InputBias(layer, reverse)),
        Copy(parameters, ModelParameterNames.HiddenBias(layer, reverse)));

    private static WeightTensor Copy(Dictionary<string, Tensor> parameters, string name)
    {
        if (!parameters.TryGetValue(name, out var parameter))
        {
            throw new InvalidModelWeightsException(name,
                $"the model has no such parameter (it has: {string.Join(", ", parameters.Keys)}).");
        }

        using var scope = NewDisposeScope();
        var values = parameter.detach().cpu().to(ScalarType.Float32).contiguous().data<float>().ToArray();
        var shape = parameter.shape.Select(d => checked((int)d)).ToArray();
        return new WeightTensor(values, shape);
    }
}
