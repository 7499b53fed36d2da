using SentimentPipeline.OnnxExport.Weights;

namespace SentimentPipeline.OnnxExport.Tests.Support;

/// <summary>
/// The classifier's forward pass written out in double precision straight from the PyTorch LSTM equations
/// (gate order i, f, g, o; each direction runs over the review's real length only), against which the
/// exported graph is checked independently of any training framework.
/// </summary>
internal static class ReferenceLstmClassifier
{
    public static double[] Probabilities(SentimentModelWeights weights, long[] tokenIds, int length)
    {
        var embeddingSize = weights.Embedding.Shape[1];
        var sequence = new double[length][];
        for (var t = 0; t < length; t++)
        {
            sequence[t] = weights.Embedding.Values.Skip((int)tokenIds[t] * embeddingSize).Take(embeddingSize).Select(v => (double)v).ToArray();
        }

        double[] features = [];
        foreach (var layer in weights.Layers)
        {
            var forward = Run(layer.Forward, sequence, reverse: false);
            var backward = layer.Backward is null ? null : Run(layer.Backward, sequence, reverse: true);
            sequence = Enumerable.Range(0, length).Select(t => backward is null ? forward[t] : [.. forward[t], .. backward[t]]).ToArray();
            // The final state: the forward direction ends at the last real step, the backward one at step 0.
            features = backward is null ? forward[length - 1] : [.. forward[length - 1], .. backward[0]];
        }

        if (weights.DenseWeight is { } dense)
        {
            // Dense layer then ReLU.
            features = Enumerable.Range(0, dense.Shape[0])
                .Select(j => Math.Max(0, weights.DenseBias!.Values[j] + Dot(dense.Values, j * features.Length, features)))
                .ToArray();
        }

        var classes = weights.ClassifierWeight.Shape[0];
        var logits = new double[classes];
        for (var k = 0; k < classes; k++)
        {
            logits[k] = (weights.ClassifierBias.Values[k] + Dot(weights.ClassifierWeight.Values, k * features.Length, features)) / weights.Temperature;
        }

        var max = logits.Max();
        var exp = logits.Select(l => Math.Exp(l - max)).ToArray();
        return exp.Select(e => e / exp.Sum()).ToArray();
    }

    /// <summary>Hidden state after every step, indexed by time step.</summary>
    private static double[][] Run(LstmDirectionWeights w, double[][] inputs, bool reverse)
    {
        var hidden = w.HiddenWeights.Shape[1];
        var h = new double[hidden];
        var c = new double[hidden];
        var outputs = new double[inputs.Length][];
        for (var step = 0; step < inputs.Length; step++)
        {
            var t = reverse ? inputs.Length - 1 - step : step;
            var gates = new double[4 * hidden];
            for (var row = 0; row < 4 * hidden; row++)
            {
                gates[row] = w.InputBias.Values[row] + w.HiddenBias.Values[row]
                    + Dot(w.InputWeights.Values, row * inputs[t].Length, inputs[t])
                    + Dot(w.HiddenWeights.Values, row * hidden, h);
            }

            var next = new double[hidden];
            for (var j = 0; j < hidden; j++)
            {
                var input = Sigmoid(gates[j]);
                var forget = Sigmoid(gates[hidden + j]);
                var cell = Math.Tanh(gates[2 * hidden + j]);
                var output = Sigmoid(gates[3 * hidden + j]);
                c[j] = forget * c[j] + input * cell;
                next[j] = output * Math.Tanh(c[j]);
            }

            h = next;
            outputs[t] = h;
        }

        return outputs;
    }

    private static double Dot(float[] matrix, int offset, double[] vector)
    {
        var sum = 0.0;
        for (var i = 0; i < vector.Length; i++)
        {
            sum += matrix[offset + i] * vector[i];
        }

        return sum;
    }

    private static double Sigmoid(double x) => 1 / (1 + Math.Exp(-x));
}
