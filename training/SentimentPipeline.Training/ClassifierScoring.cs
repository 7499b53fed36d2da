using SentimentPipeline.Training.Data;
using TorchSharp;
using static TorchSharp.torch;

namespace SentimentPipeline.Training;

/// <summary>Runs a classifier in eval mode (no dropout, no gradients) over dataset rows.</summary>
public static class ClassifierScoring
{
    private const int BatchSize = 256;

    /// <summary>Positive-class probabilities of the rows, in row order, and the mean cross-entropy.</summary>
    /// <param name="model">The classifier.</param>
    /// <param name="data">The encoded reviews.</param>
    /// <param name="rows">Which reviews.</param>
    /// <param name="temperature">Calibration temperature the logits are divided by before softmax and loss (1 = none).</param>
    public static (double[] PositiveProbabilities, double MeanLoss) Score(SentimentClassifier model, EncodedDataset data, IReadOnlyList<int> rows, double temperature = 1)
    {
        var probabilities = new double[rows?.Count ?? 0];
        double lossSum = 0;
        ForEachBatch(model, data, rows, (chunk, logits, labels) =>
        {
            var scaled = logits / temperature;
            lossSum += nn.functional.cross_entropy(scaled, labels, reduction: nn.Reduction.Sum).item<float>();
            var positive = nn.functional.softmax(scaled, 1)[.., 1].to(float64).data<double>().ToArray();
            for (var k = 0; k < chunk.Length; k++)
            {
                probabilities[chunk[k]] = positive[k];
            }
        });
        return (probabilities, probabilities.Length == 0 ? double.NaN : lossSum / probabilities.Length);
    }

    /// <summary>Each row's logit margin (positive minus negative logit, no temperature), in row order: what calibration fits.</summary>
    public static double[] LogitMargins(SentimentClassifier model, EncodedDataset data, IReadOnlyList<int> rows)
    {
        var margins = new double[rows?.Count ?? 0];
        ForEachBatch(model, data, rows, (chunk, logits, _) =>
        {
            var margin = (logits[.., 1] - logits[.., 0]).to(float64).data<double>().ToArray();
            for (var k = 0; k < chunk.Length; k++)
            {
                margins[chunk[k]] = margin[k];
            }
        });
        return margins;
    }

    /// <summary>Calls <paramref name="batch"/> with each batch's positions in <paramref name="rows"/>, logits and labels.</summary>
    private static void ForEachBatch(SentimentClassifier model, EncodedDataset data, IReadOnlyList<int>? rows, Action<int[], Tensor, Tensor> batch)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(data);
        ArgumentNullException.ThrowIfNull(rows);
        var wasTraining = model.training;
        model.eval();
        try
        {
            using var noGrad = no_grad();
            // Batches of similar length run fewer LSTM steps; results go back to their row positions.
            var positions = Enumerable.Range(0, rows.Count).OrderBy(i => data.LengthOf(rows[i])).ToArray();
            foreach (var chunk in positions.Chunk(BatchSize))
            {
                using var scope = NewDisposeScope();
                var (ids, lengths, labels) = data.Batch(chunk.Select(i => rows[i]).ToArray());
                batch(chunk, model.call(ids, lengths), labels);
            }
        }
        finally
        {
            model.train(wasTraining);
        }
    }
}
