namespace SentimentPipeline.Training.Evaluation;

/// <summary>Computes <see cref="ClassificationMetrics"/> from labels and positive-class probabilities; used for both models.</summary>
public static class MetricsCalculator
{
    /// <summary>Computes the metrics; a probability ≥ 0.5 predicts positive.</summary>
    /// <param name="labels">True labels (0/1).</param>
    /// <param name="positiveProbabilities">Predicted probability of label 1, same order.</param>
    /// <param name="categories">Category per review, or null when the corpus has none.</param>
    public static ClassificationMetrics Compute(IReadOnlyList<int> labels, IReadOnlyList<double> positiveProbabilities, IReadOnlyList<string?>? categories = null)
    {
        ArgumentNullException.ThrowIfNull(labels);
        ArgumentNullException.ThrowIfNull(positiveProbabilities);
        if (labels.Count != positiveProbabilities.Count || (categories is not null && categories.Count != labels.Count))
        {
            throw new ArgumentException("labels, probabilities and categories must have the same length.");
        }

        if (labels.Count == 0)
        {
            throw new ArgumentException("Cannot evaluate an empty split.", nameof(labels));
        }

        int tn = 0, fp = 0, fn = 0, tp = 0;
        for (var i = 0; i < labels.Count; i++)
        {
            var predicted = positiveProbabilities[i] >= 0.5;
            _ = (labels[i] == 1, predicted) switch
            {
                (true, true) => tp++,
                (true, false) => fn++,
                (false, true) => fp++,
                (false, false) => tn++,
            };
        }

        var precision = Ratio(tp, tp + fp);
        var recall = Ratio(tp, tp + fn);
        var f1 = precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
        return new ClassificationMetrics(
            labels.Count,
            Ratio(tp + tn, labels.Count),
            precision,
            recall,
            f1,
            RocAuc(labels, positiveProbabilities),
            new ConfusionMatrix(tn, fp, fn, tp),
            PerCategory(labels, positiveProbabilities, categories));
    }

    /// <summary>
    /// ROC-AUC as the Mann–Whitney statistic: the probability that a random positive scores above a random
    /// negative, ties counting half (average ranks). NaN when one class is absent.
    /// </summary>
    public static double RocAuc(IReadOnlyList<int> labels, IReadOnlyList<double> scores)
    {
        ArgumentNullException.ThrowIfNull(labels);
        ArgumentNullException.ThrowIfNull(scores);
        var order = Enumerable.Range(0, labels.Count).OrderBy(i => scores[i]).ToArray();
        double positiveRankSum = 0;
        long positives = 0;
        for (var start = 0; start < order.Length;)
        {
            var end = start;
            while (end + 1 < order.Length && scores[order[end + 1]] == scores[order[start]])
            {
                end++;
            }

            var averageRank = ((start + end) / 2.0) + 1;
            for (var k = start; k <= end; k++)
            {
                if (labels[order[k]] == 1)
                {
                    positiveRankSum += averageRank;
                    positives++;
                }
            }

            start = end + 1;
        }

        var negatives = labels.Count - positives;
        return positives == 0 || negatives == 0
            ? double.NaN
            : (positiveRankSum - (positives * (positives + 1) / 2.0)) / (positives * (double)negatives);
    }

    private static Dictionary<string, CategoryAccuracy> PerCategory(IReadOnlyList<int> labels, IReadOnlyList<double> probabilities, IReadOnlyList<string?>? categories)
    {
        if (categories is null)
        {
            return [];
        }

        return Enumerable.Range(0, labels.Count)
            .Where(i => categories[i] is not null)
            .GroupBy(i => categories[i]!, StringComparer.Ordinal)
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .ToDictionary(
                g => g.Key,
                g => new CategoryAccuracy(g.Count(), g.Count(i => (probabilities[i] >= 0.5) == (labels[i] == 1)) / (double)g.Count()));
    }

    private static double Ratio(int numerator, int denominator) => denominator == 0 ? 0 : numerator / (double)denominator;
}
