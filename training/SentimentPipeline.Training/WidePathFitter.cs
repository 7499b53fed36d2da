using System.Diagnostics;
using SentimentPipeline.Training.Baseline;
using SentimentPipeline.Training.Data;

namespace SentimentPipeline.Training;

/// <summary>
/// Fits the wide path as the baseline is fitted (<see cref="SparseLogisticRegression"/>: L-BFGS logistic regression,
/// L2 strength from <see cref="TfIdfLogisticBaseline.DefaultL2Grid"/> chosen on the validation split), on the path's
/// own features of the training split, and stores the model in the path.
/// </summary>
internal static class WidePathFitter
{
    public static WidePathFit Fit(WideNGramPath wide, EncodedDataset data, DataSplit split, int seed)
    {
        var clock = Stopwatch.StartNew();
        var features = wide.Features;
        var fit = SparseLogisticRegression.Fit(
            (Featurize(wide, data, split.Train), split.Train.Select(data.LabelOf).ToArray()),
            (Featurize(wide, data, split.Validation), split.Validation.Select(data.LabelOf).ToArray()),
            features.Count,
            seed,
            TfIdfLogisticBaseline.DefaultL2Grid);
        var (weights, bias) = fit.Linear();
        wide.SetLinearModel(weights, bias);
        return new WidePathFit(features.Tokens.Count, features.Characters.Count, fit.L2Regularization, fit.Candidates, clock.Elapsed.TotalSeconds);
    }

    private static SparseFeatures[] Featurize(WideNGramPath wide, EncodedDataset data, int[] rows)
    {
        var features = wide.Features;
        var result = new SparseFeatures[rows.Length];
        Parallel.For(0, rows.Length, i =>
        {
            var text = data.TextOf(rows[i]);
            var (indices, values) = features.Featurize(text.Ids.AsSpan(0, text.Length), text.CharIds.AsSpan(0, text.CharLength));
            result[i] = new SparseFeatures(indices, values);
        });
        return result;
    }
}
