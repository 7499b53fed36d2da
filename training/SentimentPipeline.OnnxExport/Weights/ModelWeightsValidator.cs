using SentimentPipeline.OnnxExport.Wide;

namespace SentimentPipeline.OnnxExport.Weights;

/// <summary>
/// Checks that a <see cref="SentimentModelWeights"/> is one consistent model before anything is written:
/// every tensor's element count matches its shape, shapes chain from layer to layer, and values are finite.
/// </summary>
internal static class ModelWeightsValidator
{
    /// <summary>Throws <see cref="InvalidModelWeightsException"/> at the first inconsistency.</summary>
    public static void Validate(SentimentModelWeights weights)
    {
        ArgumentNullException.ThrowIfNull(weights);

        var embedding = Require(weights.Embedding, ModelParameterNames.Embedding, rank: 2);
        if (embedding.Shape[0] < 2 || embedding.Shape[1] < 1)
        {
            throw new InvalidModelWeightsException(ModelParameterNames.Embedding,
                $"shape {embedding.ShapeText} needs at least 2 rows (PAD and UNK) and 1 column.");
        }

        if (weights.Layers is null || weights.Layers.Count == 0)
        {
            throw new InvalidModelWeightsException("lstm", "the model has no LSTM layer.");
        }

        var hidden = HiddenSizeOf(weights.Layers[0]);
        var directions = weights.Directions;
        var inputSize = embedding.Shape[1];
        for (var layer = 0; layer < weights.Layers.Count; layer++)
        {
            ValidateLayer(weights.Layers[layer], layer, inputSize, hidden, directions);
            inputSize = directions * hidden;
        }

        if (weights.Attention is { } attention)
        {
            var width = directions * hidden;
            RequireShape(attention.ProjectionWeight, ModelParameterNames.AttentionProjectionWeight, width, width);
            RequireShape(attention.ProjectionBias, ModelParameterNames.AttentionProjectionBias, width);
            RequireShape(attention.ScoreWeight, ModelParameterNames.AttentionScoreWeight, 1, width);
        }

        var features = weights.DeepFeatureCount(hidden);
        List<string> parts = ["final states"];
        if (weights.MaxPooling)
        {
            parts.Add("max pooling");
        }

        if (weights.Attention is not null)
        {
            parts.Add("attention pooling");
        }

        var featureText = $"{directions} direction(s) × hidden {hidden} for each of: {string.Join(", ", parts)}";
        if (weights.DenseWeight is not null || weights.DenseBias is not null)
        {
            var dense = Require(weights.DenseWeight, ModelParameterNames.DenseWeight, rank: 2);
            if (dense.Shape[0] < 1 || dense.Shape[1] != features)
            {
                throw new InvalidModelWeightsException(ModelParameterNames.DenseWeight,
                    $"shape {dense.ShapeText}, expected [dense, {features}] ({featureText}).");
            }

            RequireShape(weights.DenseBias, ModelParameterNames.DenseBias, dense.Shape[0]);
            features = dense.Shape[0];
            featureText = $"the dense layer's {features} outputs";
        }

        var classifier = Require(weights.ClassifierWeight, ModelParameterNames.ClassifierWeight, rank: 2);
        if (classifier.Shape[0] < 1 || classifier.Shape[1] != features)
        {
            throw new InvalidModelWeightsException(ModelParameterNames.ClassifierWeight,
                $"shape {classifier.ShapeText}, expected [classes, {features}] ({featureText}).");
        }

        RequireShape(weights.ClassifierBias, ModelParameterNames.ClassifierBias, classifier.Shape[0]);
        if (!(weights.Temperature > 0) || double.IsInfinity(weights.Temperature))
        {
            throw new InvalidModelWeightsException("temperature", $"{weights.Temperature} is not a positive finite number.");
        }

        ValidateWide(weights, classifier.Shape[0]);
    }

    private static void ValidateWide(SentimentModelWeights weights, int classes)
    {
        if (weights.Wide is not { } wide)
        {
            return;
        }

        var features = wide.TokenGrams.Count + wide.CharGrams.Count;
        if (features < 1 || wide.TokenGrams.Width != WideFeatureSet.TokenOrder || wide.CharGrams.Width != WideFeatureSet.CharacterOrder)
        {
            throw new InvalidModelWeightsException(ModelParameterNames.WideTokenGrams,
                $"{wide.TokenGrams.Count} token n-grams of width {wide.TokenGrams.Width} and {wide.CharGrams.Count} character n-grams of width {wide.CharGrams.Width}: expected at least one feature, widths {WideFeatureSet.TokenOrder} and {WideFeatureSet.CharacterOrder}.");
        }

        RequireShape(wide.Weights, ModelParameterNames.WideWeights, features, classes);
        RequireShape(wide.Idf, ModelParameterNames.WideIdf, features);
        RequireShape(wide.Bias, ModelParameterNames.WideBias, classes);
        // Validates the tables too: duplicate or malformed n-grams throw here rather than in ONNX Runtime.
        try
        {
            _ = new WideFeatureSet(wide.TokenGrams, wide.CharGrams, wide.Idf.Values);
        }
        catch (ArgumentException e)
        {
            throw new InvalidModelWeightsException(ModelParameterNames.WideTokenGrams, e.Message);
        }
    }

    private static int HiddenSizeOf(LstmLayerWeights first)
    {
        var name = ModelParameterNames.HiddenWeights(0, reverse: false);
        var hh = Require(first?.Forward?.HiddenWeights, name, rank: 2);
        if (hh.Shape[1] < 1)
        {
            throw new InvalidModelWeightsException(name, $"shape {hh.ShapeText} has no hidden units.");
        }

        return hh.Shape[1];
    }

    private static void ValidateLayer(LstmLayerWeights layerWeights, int layer, int inputSize, int hidden, int directions)
    {
        if (layerWeights?.Forward is null)
        {
            throw new InvalidModelWeightsException(ModelParameterNames.InputWeights(layer, reverse: false),
                $"layer {layer} has no forward direction.");
        }

        if ((layerWeights.Backward is not null) != (directions == 2))
        {
            throw new InvalidModelWeightsException(ModelParameterNames.InputWeights(layer, reverse: true),
                $"layer {layer} {(directions == 2 ? "lacks" : "has")} a backward direction, unlike layer 0; " +
                "all layers must be bidirectional or none.");
        }

        ValidateDirection(layerWeights.Forward, layer, reverse: false, inputSize, hidden);
        if (layerWeights.Backward is not null)
        {
            ValidateDirection(layerWeights.Backward, layer, reverse: true, inputSize, hidden);
        }
    }

    private static void ValidateDirection(LstmDirectionWeights direction, int layer, bool reverse, int inputSize, int hidden)
    {
        var gates = 4 * hidden;
        RequireShape(direction.InputWeights, ModelParameterNames.InputWeights(layer, reverse), gates, inputSize);
        RequireShape(direction.HiddenWeights, ModelParameterNames.HiddenWeights(layer, reverse), gates, hidden);
        RequireShape(direction.InputBias, ModelParameterNames.InputBias(layer, reverse), gates);
        RequireShape(direction.HiddenBias, ModelParameterNames.HiddenBias(layer, reverse), gates);
    }

    private static void RequireShape(WeightTensor? tensor, string name, params int[] expected)
    {
        var checkedTensor = Require(tensor, name, expected.Length);
        if (!checkedTensor.Shape.SequenceEqual(expected))
        {
            throw new InvalidModelWeightsException(name,
                $"shape {checkedTensor.ShapeText}, expected [{string.Join(", ", expected)}].");
        }
    }

    private static WeightTensor Require(WeightTensor? tensor, string name, int rank)
    {
        if (tensor?.Values is null || tensor.Shape is null)
        {
            throw new InvalidModelWeightsException(name, "is missing.");
        }

        if (tensor.Shape.Count != rank || tensor.Shape.Any(d => d < 0))
        {
            throw new InvalidModelWeightsException(name, $"shape {tensor.ShapeText}, expected rank {rank}.");
        }

        var count = tensor.Shape.Aggregate(1L, (product, dimension) => product * dimension);
        if (count != tensor.Values.Length)
        {
            throw new InvalidModelWeightsException(name,
                $"shape {tensor.ShapeText} holds {count} values but {tensor.Values.Length} were given.");
        }

        var bad = Array.FindIndex(tensor.Values, v => !float.IsFinite(v));
        if (bad >= 0)
        {
            throw new InvalidModelWeightsException(name,
                $"value {tensor.Values[bad]} at flat index {bad} is not finite; the model diverged.");
        }

        return tensor;
    }
}
