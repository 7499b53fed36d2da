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
            var all = rows.ToArray();
            for (var start = 0; start < all.Length; start += BatchSize)
            {
                using var scope = NewDisposeScope();
                var batch = all.AsSpan(start, Math.Min(BatchSize, all.Length - start));
                var (ids, lengths, labels) = data.Batch(batch);
                var logits = model.call(ids, lengths);
                lossSum += nn.functional.cross_entropy(logits, labels, reduction: nn.Reduction.Sum).item<float>();
                var positive = nn.functional.softmax(logits, 1)[.., 1].to(float64).data<double>().ToArray();
                positive.CopyTo(probabilities, start);
            }

            return (probabilities, all.Length == 0 ? double.NaN : lossSum / all.Length);
        }
        finally
        {
            model.train(wasTraining);
        }
    }
}
