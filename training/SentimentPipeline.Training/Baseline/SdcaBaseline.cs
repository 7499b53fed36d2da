using Microsoft.ML;
using Microsoft.ML.Trainers;
using Microsoft.ML.Transforms.Text;

namespace SentimentPipeline.Training.Baseline;

/// <summary>
/// The linear baseline trained in the same run on the same split and tokens: word uni- and bigrams of the
/// encoder's tokens, TF-IDF weighted, L2-normalised, into ML.NET's SDCA logistic regression (one thread, seeded,
/// so it repeats).
/// </summary>
public static class SdcaBaseline
{
    /// <summary>One-line description for the report.</summary>
    public const string Description = "ML.NET SdcaLogisticRegression on TF-IDF word 1–2-grams of the same jieba tokens (L2-normalised)";

    /// <summary>Trains on the training rows and returns positive probabilities for the test rows.</summary>
    public static double[] TrainAndScore(
        IReadOnlyList<IReadOnlyList<string>> trainTokens,
        IReadOnlyList<int> trainLabels,
        IReadOnlyList<IReadOnlyList<string>> testTokens,
        int seed)
    {
        ArgumentNullException.ThrowIfNull(trainTokens);
        ArgumentNullException.ThrowIfNull(trainLabels);
        ArgumentNullException.ThrowIfNull(testTokens);
        var ml = new MLContext(seed);
        var train = ml.Data.LoadFromEnumerable(trainTokens.Select((t, i) => new BaselineInput { Tokens = [.. t], Label = trainLabels[i] == 1 }));
        var test = ml.Data.LoadFromEnumerable(testTokens.Select(t => new BaselineInput { Tokens = [.. t] }));
        var pipeline = ml.Transforms.Conversion.MapValueToKey("TokenKeys", nameof(BaselineInput.Tokens))
            .Append(ml.Transforms.Text.ProduceNgrams("Features", "TokenKeys", ngramLength: 2, useAllLengths: true, weighting: NgramExtractingEstimator.WeightingCriteria.TfIdf))
            .Append(ml.Transforms.NormalizeLpNorm("Features"))
            .Append(ml.BinaryClassification.Trainers.SdcaLogisticRegression(new SdcaLogisticRegressionBinaryTrainer.Options
            {
                LabelColumnName = nameof(BaselineInput.Label),
                FeatureColumnName = "Features",
                NumberOfThreads = 1,
            }));
        var model = pipeline.Fit(train);
        return ml.Data.CreateEnumerable<BaselineOutput>(model.Transform(test), reuseRowObject: false)
            .Select(o => (double)o.Probability)
            .ToArray();
    }
}
