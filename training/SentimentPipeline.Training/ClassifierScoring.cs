using SentimentPipeline.Training.Data;
using TorchSharp;
using static TorchSharp.torch;

namespace SentimentPipeline.Training;

/// <summary>Runs a classifier in eval mode (no dropout, no gradients) over dataset rows.</summary>
public static class ClassifierScoring
{
    private const int BatchSize = 256;

    /// <summary>Positive-class probabilities of the rows, in row order, and the mean cross-entropy.</summary>
    public static (double[] PositiveProbabilities, double MeanLoss) Score(SentimentClassifier model, EncodedDataset data, IReadOnlyList<int> rows)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(data);
        ArgumentNullException.ThrowIfNull(rows);
        var wasTraining = model.training;
        model.eval();
        try
        {
            using var noGrad = no_grad();
            var probabilities = new double[rows.Count];
            double lossSum = 0;
            // Batches of similar length run fewer LSTM steps; results go back to their row positions.
            var positions = Enumerable.Range(0, rows.Count).OrderBy(i => data.LengthOf(rows[i])).ToArray();
            foreach (var chunk in positions.Chunk(BatchSize))
            {
                using var scope = NewDisposeScope();
                var (ids, lengths, labels) = data.Batch(chunk.Select(i => rows[i]).ToArray());
                var logits = model.call(ids, lengths);
                lossSum += nn.functional.cross_entropy(logits, labels, reduction: nn.Reduction.Sum).item<float>();
                var positive = nn.functional.softmax(logits, 1)[.., 1].to(float64).data<double>().ToArray();
                for (var k = 0; k < chunk.Length; k++)
                {
                    probabilities[chunk[k]] = positive[k];
                }
            }

            return (probabilities, rows.Count == 0 ? double.NaN : lossSum / rows.Count);
        }
        finally
        {
            model.train(wasTraining);
        }
    }
}
