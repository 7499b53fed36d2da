using SentimentPipeline.ModelBundle;
using SentimentPipeline.OnnxExport.Proto;
using SentimentPipeline.OnnxExport.Weights;
using static SentimentPipeline.OnnxExport.Graph.OnnxNodes;
using DataType = SentimentPipeline.OnnxExport.Proto.TensorProto.Types.DataType;

namespace SentimentPipeline.OnnxExport.Graph;

/// <summary>
/// Lays out the classifier as an ONNX graph:
/// token_ids → Gather(embedding) → Transpose to [sequence, batch, embedding] → per layer LSTM with
/// sequence_lens = lengths (Y of a lower layer reshaped to [sequence, batch, directions × hidden] feeds the next)
/// → Y_h of the last layer as [batch, directions × hidden] (forward, then backward) → Gemm → Softmax.
/// </summary>
internal static class SentimentGraphBuilder
{
    private const string ShapeTimeBatchFeatures = "shape_time_batch_features";
    private const string ShapeBatchFeatures = "shape_batch_features";

    /// <summary>Builds the graph; the weights must have been validated.</summary>
    public static GraphProto Build(SentimentModelWeights weights)
    {
        var graph = new GraphProto
        {
            Name = "sentiment_lstm",
            DocString = "Embedding → " + (weights.Bidirectional ? "BiLSTM" : "LSTM") +
                        $" ×{weights.Layers.Count} over the real lengths → linear → softmax.",
        };
        graph.Input.Add(OnnxTensors.ValueInfo(ModelTensorNames.TokenIds, DataType.Int64,
            "Vocabulary ids of the segmented review, PAD (0) after its real length.",
            SentimentOnnxNames.BatchAxis, SentimentOnnxNames.SequenceAxis));
        graph.Input.Add(OnnxTensors.ValueInfo(ModelTensorNames.Lengths, DataType.Int32,
            "Real number of tokens of each review, 1..sequence.", SentimentOnnxNames.BatchAxis));
        graph.Output.Add(OnnxTensors.ValueInfo(ModelTensorNames.Probabilities, DataType.Float,
            "Softmax over [negative, positive].", SentimentOnnxNames.BatchAxis, weights.ClassifierWeight.Shape[0]));

        // Reshape's 0 copies the input's dimension, so these work for any batch and sequence length.
        // Only stacked layers reshape a whole sequence; an unused initializer would draw a runtime warning.
        if (weights.Layers.Count > 1)
        {
            graph.Initializer.Add(OnnxTensors.Int64(ShapeTimeBatchFeatures, 0, 0, -1));
        }

        graph.Initializer.Add(OnnxTensors.Int64(ShapeBatchFeatures, 0, -1));

        var embedding = weights.Embedding;
        graph.Initializer.Add(OnnxTensors.Float(ModelParameterNames.Embedding, embedding.Values, embedding.Shape[0], embedding.Shape[1]));
        graph.Node.Add(Node("Gather", "embedding", [ModelParameterNames.Embedding, ModelTensorNames.TokenIds], ["embedded"], Int("axis", 0)));
        graph.Node.Add(Node("Transpose", "to_time_major", ["embedded"], ["embedded_time_major"], Ints("perm", 1, 0, 2)));

        var layerInput = "embedded_time_major";
        var lastHidden = "";
        for (var layer = 0; layer < weights.Layers.Count; layer++)
        {
            var isLast = layer == weights.Layers.Count - 1;
            var (sequenceOutput, hiddenOutput) = AddLstmLayer(graph, weights, layer, layerInput, isLast);
            layerInput = sequenceOutput;
            lastHidden = hiddenOutput;
        }

        // Y_h is [directions, batch, hidden]; the model concatenates forward then backward per review.
        graph.Node.Add(Node("Transpose", "final_state_batch_major", [lastHidden], ["final_state_batch_major"], Ints("perm", 1, 0, 2)));
        graph.Node.Add(Node("Reshape", "features", ["final_state_batch_major", ShapeBatchFeatures], ["features"]));

        var classifier = weights.ClassifierWeight;
        graph.Initializer.Add(OnnxTensors.Float(ModelParameterNames.ClassifierWeight, classifier.Values, classifier.Shape[0], classifier.Shape[1]));
        graph.Initializer.Add(OnnxTensors.Float(ModelParameterNames.ClassifierBias, weights.ClassifierBias.Values, classifier.Shape[0]));
        graph.Node.Add(Node("Gemm", "classifier", ["features", ModelParameterNames.ClassifierWeight, ModelParameterNames.ClassifierBias], ["logits"], Int("transB", 1)));
        graph.Node.Add(Node("Softmax", "softmax", ["logits"], [ModelTensorNames.Probabilities], Int("axis", -1)));
        return graph;
    }

    /// <summary>Adds one LSTM layer; returns the name of its sequence output for the next layer (empty for the
    /// last layer, which only needs its final hidden state) and of its final hidden state Y_h.</summary>
    private static (string SequenceOutput, string HiddenOutput) AddLstmLayer(
        GraphProto graph, SentimentModelWeights weights, int layer, string input, bool isLast)
    {
        var layerWeights = weights.Layers[layer];
        var directions = weights.Directions;
        var hidden = layerWeights.Forward.HiddenWeights.Shape[1];
        var inputSize = layerWeights.Forward.InputWeights.Shape[1];
        var prefix = $"lstm_l{layer}";

        graph.Initializer.Add(OnnxTensors.Float($"{prefix}_W", LstmGateLayout.InputWeights(layerWeights), directions, 4 * hidden, inputSize));
        graph.Initializer.Add(OnnxTensors.Float($"{prefix}_R", LstmGateLayout.RecurrentWeights(layerWeights), directions, 4 * hidden, hidden));
        graph.Initializer.Add(OnnxTensors.Float($"{prefix}_B", LstmGateLayout.Biases(layerWeights), directions, 8 * hidden));

        // Unused optional outputs are named "" so the runtime need not materialise them.
        var y = isLast ? "" : $"{prefix}_Y";
        var yH = $"{prefix}_Y_h";
        graph.Node.Add(Node("LSTM", prefix,
            [input, $"{prefix}_W", $"{prefix}_R", $"{prefix}_B", ModelTensorNames.Lengths],
            [y, yH],
            Int("hidden_size", hidden),
            OnnxNodes.String("direction", directions == 2 ? "bidirectional" : "forward")));
        if (isLast)
        {
            return ("", yH);
        }

        // Y is [sequence, directions, batch, hidden]; the next layer wants [sequence, batch, directions × hidden].
        graph.Node.Add(Node("Transpose", $"{prefix}_Y_time_batch", [y], [$"{prefix}_Y_time_batch"], Ints("perm", 0, 2, 1, 3)));
        graph.Node.Add(Node("Reshape", $"{prefix}_output", [$"{prefix}_Y_time_batch", ShapeTimeBatchFeatures], [$"{prefix}_output"]));
        return ($"{prefix}_output", yH);
    }
}
