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
        ArgumentNullException.ThrowIfNull(model);
        return Score(model, (ids, lengths, charIds) => model.call(ids, lengths, charIds) / temperature, data, rows);
    }

    /// <summary>
    /// As <see cref="Score(SentimentClassifier, EncodedDataset, IReadOnlyList{int}, double)"/> with logits from
    /// <paramref name="logits"/> (e.g. one path of the model), plus <c>[0, positiveOffsets[row]]</c> when given.
    /// </summary>
    public static (double[] PositiveProbabilities, double MeanLoss) Score(SentimentClassifier model, Func<Tensor, Tensor, Tensor, Tensor> logits, EncodedDataset data, IReadOnlyList<int> rows, float[]? positiveOffsets = null)
    {
        using var scope = NewDisposeScope();
        var (probabilities, meanLoss, _) = Logits(model, logits, data, rows, positiveOffsets);
        return (probabilities, meanLoss);
    }

    /// <summary>Each row's logit margin (positive minus negative logit, no temperature), in row order: what calibration fits.</summary>
    public static double[] LogitMargins(SentimentClassifier model, EncodedDataset data, IReadOnlyList<int> rows)
    {
        ArgumentNullException.ThrowIfNull(model);
        using var scope = NewDisposeScope();
        var (_, _, all) = Logits(model, (ids, lengths, charIds) => model.call(ids, lengths, charIds), data, rows);
        return (all[.., 1] - all[.., 0]).to(float64).data<double>().ToArray();
    }

    /// <summary>
    /// Probabilities, mean cross-entropy and the logits [rows, 2] (in row order, in the caller's dispose scope); with
    /// <paramref name="positiveOffsets"/> (by dataset row), each row's offset is added to its positive logit first.
    /// </summary>
    public static (double[] PositiveProbabilities, double MeanLoss, Tensor Logits) Logits(
        SentimentClassifier model, Func<Tensor, Tensor, Tensor, Tensor> logits, EncodedDataset data, IReadOnlyList<int> rows, float[]? positiveOffsets = null)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(logits);
        ArgumentNullException.ThrowIfNull(data);
        ArgumentNullException.ThrowIfNull(rows);
        var wasTraining = model.training;
        model.eval();
        try
        {
            using var noGrad = no_grad();
            var all = new float[rows.Count * 2];
            // Batches of similar length run fewer LSTM steps; results go back to their row positions.
            var positions = Enumerable.Range(0, rows.Count).OrderBy(i => data.LengthOf(rows[i])).ToArray();
            foreach (var chunk in positions.Chunk(BatchSize))
            {
                using var scope = NewDisposeScope();
                var (ids, lengths, charIds, _) = data.Batch(chunk.Select(i => rows[i]).ToArray());
                var values = logits(ids, lengths, charIds).to(float32).contiguous().data<float>().ToArray();
                for (var k = 0; k < chunk.Length; k++)
                {
                    all[2 * chunk[k]] = values[2 * k];
                    all[(2 * chunk[k]) + 1] = values[(2 * k) + 1] + (positiveOffsets?[rows[chunk[k]]] ?? 0);
                }
            }

            var result = tensor(all, [rows.Count, 2]);
            var labels = tensor(rows.Select(r => (long)data.LabelOf(r)).ToArray());
            var meanLoss = rows.Count == 0 ? double.NaN : nn.functional.cross_entropy(result, labels).item<float>();
            var probabilities = nn.functional.softmax(result, 1)[.., 1].to(float64).data<double>().ToArray();
            return (probabilities, meanLoss, result);
        }
        finally
        {
            model.train(wasTraining);
        }
    }
}
