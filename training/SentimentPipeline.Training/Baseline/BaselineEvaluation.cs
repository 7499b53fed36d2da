using System.Diagnostics;
using SentimentPipeline.Training.Data;
using SentimentPipeline.Training.Evaluation;
using SentimentPipeline.Training.Reporting;

namespace SentimentPipeline.Training.Baseline;

/// <summary>Runs <see cref="TfIdfLogisticBaseline"/> on a run's split and turns its result into a <see cref="BaselineReport"/>.</summary>
public static class BaselineEvaluation
{
    /// <summary>Trains on the training rows, chooses on the validation rows, reports validation and test metrics.</summary>
    /// <param name="tokens">Every review's tokens (untruncated).</param>
    /// <param name="labels">Every review's label (0/1).</param>
    /// <param name="categories">Every review's category, or nulls.</param>
    /// <param name="split">Row indices of the three splits.</param>
    /// <param name="seed">The run's seed.</param>
    public static BaselineReport Run(IReadOnlyList<IReadOnlyList<string>> tokens, IReadOnlyList<int> labels, IReadOnlyList<string?> categories, DataSplit split, int seed)
    {
        ArgumentNullException.ThrowIfNull(tokens);
        ArgumentNullException.ThrowIfNull(labels);
        ArgumentNullException.ThrowIfNull(categories);
        ArgumentNullException.ThrowIfNull(split);
        var clock = Stopwatch.StartNew();
        var fit = TfIdfLogisticBaseline.TrainAndScore(
            (Rows(tokens, split.Train), Rows(labels, split.Train)),
            (Rows(tokens, split.Validation), Rows(labels, split.Validation)),
            Rows(tokens, split.Test),
            seed);
        return new BaselineReport(
            TfIdfLogisticBaseline.Description,
            clock.Elapsed.TotalSeconds,
            fit.FeaturizeSeconds,
            fit.TrainSeconds,
            fit.WordFeatures,
            fit.CharFeatures,
            fit.L2Regularization,
            fit.Candidates,
            MetricsCalculator.Compute(Rows(labels, split.Validation), fit.ValidationProbabilities, Rows(categories, split.Validation)),
            MetricsCalculator.Compute(Rows(labels, split.Test), fit.TestProbabilities, Rows(categories, split.Test)));
    }

    private static T[] Rows<T>(IReadOnlyList<T> values, int[] rows) => rows.Select(i => values[i]).ToArray();
}
