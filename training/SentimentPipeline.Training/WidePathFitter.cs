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

    /// <summary>
    /// Each training row's wide margin (positive minus negative logit) from a fit that did not see it: the training
    /// rows in <paramref name="folds"/> seeded folds, each scored by a fit on the others at strength
    /// <paramref name="l2"/> (so the margins are as wrong as on new reviews, not as on the reviews the path learned).
    /// Indexed by dataset row; rows outside the training split are 0.
    /// </summary>
    public static float[] CrossFittedMargins(WideNGramPath wide, EncodedDataset data, DataSplit split, double l2, int folds, int seed)
    {
        var margins = new float[data.Count];
        var features = Featurize(wide, data, split.Train);
        var labels = split.Train.Select(data.LabelOf).ToArray();
        var positions = Enumerable.Range(0, split.Train.Length).ToArray();
        new Random(seed).Shuffle(positions);
        for (var fold = 0; fold < folds; fold++)
        {
            var held = positions.Where((_, k) => k % folds == fold).ToArray();
            var rest = positions.Where((_, k) => k % folds != fold).ToArray();
            var heldFeatures = held.Select(i => features[i]).ToArray();
            var fit = SparseLogisticRegression.Fit(
                (rest.Select(i => features[i]).ToArray(), rest.Select(i => labels[i]).ToArray()),
                (heldFeatures, held.Select(i => labels[i]).ToArray()),
                wide.Features.Count,
                seed,
                [l2]);
            var probabilities = fit.Score(heldFeatures);
            for (var k = 0; k < held.Length; k++)
            {
                var p = Math.Clamp(probabilities[k], 1e-7, 1 - 1e-7);
                margins[split.Train[held[k]]] = (float)Math.Log(p / (1 - p));
            }
        }

        return margins;
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
