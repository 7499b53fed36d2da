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
/// → Y_h of the last layer as [batch, directions × hidden] (forward, then backward), with max pooling followed by
/// the maximum of the last layer's Y over the real positions (Where on a Range &lt; lengths mask, ReduceMax), with
/// attention pooling followed by the attention-weighted sum of Y (MatMul, Tanh, MatMul, the same mask, Softmax,
/// Mul, ReduceSum) →
/// [Gemm → Relu when the model has a dense layer] → Gemm → plus the wide path's logits from token_ids and char_ids
/// (<see cref="WideGraphBuilder"/>) → [Div by the calibration temperature when it is not 1] → Softmax.
/// </summary>
internal static class SentimentGraphBuilder
{
    private const string ShapeTimeBatchFeatures = "shape_time_batch_features";
    private const string ShapeBatchFeatures = "shape_batch_features";
    private const float PaddingForMax = -2f;
    private const string Temperature = "temperature";

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
        graph.Input.Add(OnnxTensors.ValueInfo(ModelTensorNames.CharIds, DataType.Int64,
            "Vocabulary ids of the characters of the review's tokens, concatenated, PAD (0) after the real count.",
            SentimentOnnxNames.BatchAxis, SentimentOnnxNames.CharacterAxis));
        graph.Output.Add(OnnxTensors.ValueInfo(ModelTensorNames.Probabilities, DataType.Float,
            "Softmax over [negative, positive].", SentimentOnnxNames.BatchAxis, weights.ClassifierWeight.Shape[0]));

        // Reshape's 0 copies the input's dimension, so these work for any batch and sequence length.
        // Only stacked layers reshape a whole sequence; an unused initializer would draw a runtime warning.
        if (weights.Layers.Count > 1 || weights.PoolsSequence)
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
            var (sequenceOutput, hiddenOutput) = AddLstmLayer(graph, weights, layer, layerInput, isLast && !weights.PoolsSequence);
            layerInput = sequenceOutput;
            lastHidden = hiddenOutput;
        }

        // Y_h is [directions, batch, hidden]; the model concatenates forward then backward per review.
        graph.Node.Add(Node("Transpose", "final_state_batch_major", [lastHidden], ["final_state_batch_major"], Ints("perm", 1, 0, 2)));
        graph.Node.Add(Node("Reshape", "final_states", ["final_state_batch_major", ShapeBatchFeatures], ["final_states"]));
        var features = "final_states";
        if (weights.PoolsSequence)
        {
            List<string> pooled = ["final_states"];
            AddRealPositionMask(graph, layerInput);
            if (weights.MaxPooling)
            {
                AddMaxPooling(graph);
                pooled.Add("max_pooled");
            }

            if (weights.Attention is { } attention)
            {
                AddAttentionPooling(graph, attention);
                pooled.Add("attention_pooled");
            }

            graph.Node.Add(Node("Concat", "features", [.. pooled], ["features"], Int("axis", 1)));
            features = "features";
        }

        var classifierInput = weights.HasDense ? AddDenseLayer(graph, weights, features) : features;
        var classifier = weights.ClassifierWeight;
        graph.Initializer.Add(OnnxTensors.Float(ModelParameterNames.ClassifierWeight, classifier.Values, classifier.Shape[0], classifier.Shape[1]));
        graph.Initializer.Add(OnnxTensors.Float(ModelParameterNames.ClassifierBias, weights.ClassifierBias.Values, classifier.Shape[0]));
        graph.Node.Add(Node("Gemm", "classifier", [classifierInput, ModelParameterNames.ClassifierWeight, ModelParameterNames.ClassifierBias], ["deep_logits"], Int("transB", 1)));
        var logits = "deep_logits";
        if (weights.Wide is not null)
        {
            var wide = WideGraphBuilder.Add(graph, weights, ModelTensorNames.TokenIds, ModelTensorNames.CharIds);
            graph.Node.Add(Node("Add", "logits", ["deep_logits", wide], ["logits"]));
            logits = "logits";
        }

        var softmaxInput = logits;
        // Temperature 1 leaves the graph as it was before calibration existed.
        if (weights.Temperature != 1)
        {
            graph.Initializer.Add(OnnxTensors.Float(Temperature, [(float)weights.Temperature]));
            graph.Node.Add(Node("Div", "calibration", [logits, Temperature], ["calibrated_logits"]));
            softmaxInput = "calibrated_logits";
        }

        graph.Node.Add(Node("Softmax", "softmax", [softmaxInput], [ModelTensorNames.Probabilities], Int("axis", -1)));
        return graph;
    }

    /// <summary>Adds Gemm (dense.weight, dense.bias) → Relu on <paramref name="input"/>; returns the ReLU output's name.</summary>
    private static string AddDenseLayer(GraphProto graph, SentimentModelWeights weights, string input)
    {
        var dense = weights.DenseWeight!;
        graph.Initializer.Add(OnnxTensors.Float(ModelParameterNames.DenseWeight, dense.Values, dense.Shape[0], dense.Shape[1]));
        graph.Initializer.Add(OnnxTensors.Float(ModelParameterNames.DenseBias, weights.DenseBias!.Values, dense.Shape[0]));
        graph.Node.Add(Node("Gemm", "dense", [input, ModelParameterNames.DenseWeight, ModelParameterNames.DenseBias], ["dense_linear"], Int("transB", 1)));
        graph.Node.Add(Node("Relu", "dense_relu", ["dense_linear"], ["dense_features"]));
        return "dense_features";
    }

    /// <summary>
    /// The last layer's output [sequence, batch, directions × hidden] as "pool_batch_major" [batch, sequence, features],
    /// and "pool_real_3d" [batch, sequence, 1]: whether each position is inside its review's real length.
    /// </summary>
    private static void AddRealPositionMask(GraphProto graph, string sequenceOutput)
    {
        graph.Initializer.Add(OnnxTensors.Int64("pool_zero", 0));
        graph.Initializer.Add(OnnxTensors.Int64("pool_one", 1));
        graph.Initializer.Add(OnnxTensors.Int64("pool_axis_1", 1));
        graph.Initializer.Add(OnnxTensors.Int64("pool_axis_2", 2));
        graph.Node.Add(Node("Transpose", "pool_batch_major", [sequenceOutput], ["pool_batch_major"], Ints("perm", 1, 0, 2)));
        // positions [1, sequence] < lengths [batch, 1] → real [batch, sequence, 1].
        graph.Node.Add(Node("Shape", "pool_shape", [ModelTensorNames.TokenIds], ["pool_shape"]));
        graph.Node.Add(Node("Gather", "pool_sequence", ["pool_shape", "pool_one"], ["pool_sequence"], Int("axis", 0)));
        graph.Node.Add(Node("Squeeze", "pool_sequence_scalar", ["pool_sequence"], ["pool_sequence_scalar"]));
        graph.Node.Add(Node("Squeeze", "pool_zero_scalar", ["pool_zero"], ["pool_zero_scalar"]));
        graph.Node.Add(Node("Squeeze", "pool_one_scalar", ["pool_one"], ["pool_one_scalar"]));
        graph.Node.Add(Node("Range", "pool_positions", ["pool_zero_scalar", "pool_sequence_scalar", "pool_one_scalar"], ["pool_positions"]));
        graph.Node.Add(Node("Unsqueeze", "pool_positions_row", ["pool_positions", "pool_zero"], ["pool_positions_row"]));
        graph.Node.Add(Node("Cast", "pool_lengths", [ModelTensorNames.Lengths], ["pool_lengths"], Int("to", (long)DataType.Int64)));
        graph.Node.Add(Node("Unsqueeze", "pool_lengths_column", ["pool_lengths", "pool_axis_1"], ["pool_lengths_column"]));
        graph.Node.Add(Node("Less", "pool_real", ["pool_positions_row", "pool_lengths_column"], ["pool_real"]));
        graph.Node.Add(Node("Unsqueeze", "pool_real_3d", ["pool_real", "pool_axis_2"], ["pool_real_3d"]));
    }

    /// <summary>Max over the real positions of "pool_batch_major" → "max_pooled" [batch, features].</summary>
    private static void AddMaxPooling(GraphProto graph)
    {
        graph.Initializer.Add(OnnxTensors.Float("pool_padding", [PaddingForMax], 1));
        graph.Node.Add(Node("Where", "pool_masked", ["pool_real_3d", "pool_batch_major", "pool_padding"], ["pool_masked"]));
        graph.Node.Add(Node("ReduceMax", "max_pooled", ["pool_masked"], ["max_pooled"], Ints("axes", 1), Int("keepdims", 0)));
    }

    /// <summary>
    /// Attention over the real positions of "pool_batch_major" → "attention_pooled" [batch, features]: scores
    /// v · tanh(W h + b), −∞ outside the real length (so softmax gives those positions exactly 0, as in training).
    /// </summary>
    private static void AddAttentionPooling(GraphProto graph, AttentionPoolingWeights attention)
    {
        var width = attention.ProjectionWeight.Shape[0];
        // MatMul multiplies by the right-hand matrix as stored: W and v go in transposed, [in, out].
        graph.Initializer.Add(OnnxTensors.Float("attention_projection_t", Transposed(attention.ProjectionWeight), width, width));
        graph.Initializer.Add(OnnxTensors.Float(ModelParameterNames.AttentionProjectionBias, attention.ProjectionBias.Values, width));
        graph.Initializer.Add(OnnxTensors.Float("attention_score_t", attention.ScoreWeight.Values, width, 1));
        graph.Initializer.Add(OnnxTensors.Float("attention_padding", [float.NegativeInfinity], 1));
        graph.Node.Add(Node("MatMul", "attention_projected", ["pool_batch_major", "attention_projection_t"], ["attention_projected"]));
        graph.Node.Add(Node("Add", "attention_biased", ["attention_projected", ModelParameterNames.AttentionProjectionBias], ["attention_biased"]));
        graph.Node.Add(Node("Tanh", "attention_tanh", ["attention_biased"], ["attention_tanh"]));
        graph.Node.Add(Node("MatMul", "attention_scores", ["attention_tanh", "attention_score_t"], ["attention_scores"]));
        graph.Node.Add(Node("Where", "attention_masked", ["pool_real_3d", "attention_scores", "attention_padding"], ["attention_masked"]));
        graph.Node.Add(Node("Softmax", "attention_weights", ["attention_masked"], ["attention_weights"], Int("axis", 1)));
        graph.Node.Add(Node("Mul", "attention_weighted", ["attention_weights", "pool_batch_major"], ["attention_weighted"]));
        graph.Node.Add(Node("ReduceSum", "attention_pooled", ["attention_weighted", "pool_axis_1"], ["attention_pooled"], Int("keepdims", 0)));
    }

    private static float[] Transposed(WeightTensor matrix)
    {
        var (rows, columns) = (matrix.Shape[0], matrix.Shape[1]);
        var result = new float[matrix.Values.Length];
        for (var r = 0; r < rows; r++)
        {
            for (var c = 0; c < columns; c++)
            {
                result[(c * rows) + r] = matrix.Values[(r * columns) + c];
            }
        }

        return result;
    }

    /// <summary>Adds one LSTM layer; returns the name of its sequence output for the next layer or the pooling (empty
    /// when <paramref name="sequenceUnused"/>: the last layer without pooling only needs Y_h) and of its final hidden state Y_h.</summary>
    private static (string SequenceOutput, string HiddenOutput) AddLstmLayer(
        GraphProto graph, SentimentModelWeights weights, int layer, string input, bool sequenceUnused)
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
        var y = sequenceUnused ? "" : $"{prefix}_Y";
        var yH = $"{prefix}_Y_h";
        graph.Node.Add(Node("LSTM", prefix,
            [input, $"{prefix}_W", $"{prefix}_R", $"{prefix}_B", ModelTensorNames.Lengths],
            [y, yH],
            Int("hidden_size", hidden),
            OnnxNodes.String("direction", directions == 2 ? "bidirectional" : "forward")));
        if (sequenceUnused)
        {
            return ("", yH);
        }

        // Y is [sequence, directions, batch, hidden]; the next layer wants [sequence, batch, directions × hidden].
        graph.Node.Add(Node("Transpose", $"{prefix}_Y_time_batch", [y], [$"{prefix}_Y_time_batch"], Ints("perm", 0, 2, 1, 3)));
        graph.Node.Add(Node("Reshape", $"{prefix}_output", [$"{prefix}_Y_time_batch", ShapeTimeBatchFeatures], [$"{prefix}_output"]));
        return ($"{prefix}_output", yH);
    }
}
