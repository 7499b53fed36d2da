using System.Diagnostics;
using Microsoft.ML;
using Microsoft.ML.Data;
using Microsoft.ML.Trainers;

namespace SentimentPipeline.Training.Baseline;

/// <summary>
/// The strong linear baseline trained in the same run on the same split and tokens: <see cref="NgramTfIdfFeaturizer"/>
/// (word 1–2-grams + character 1–3-grams, sublinear TF-IDF, min document frequency 2, L2-normalised) into ML.NET's
/// L-BFGS logistic regression (L2 only, one thread, so it repeats). The L2 strength is chosen on the validation
/// split from <see cref="DefaultL2Grid"/> (the same protocol as the neural model: it learns from the training
/// split only); the test split is only scored.
/// </summary>
public static class TfIdfLogisticBaseline
{
    /// <summary>One-line description for the report.</summary>
    public const string Description =
        "ML.NET L-BFGS logistic regression on sublinear TF-IDF word 1–2-grams + char 1–3-grams of the same jieba tokens (min df 2, L2-normalised; L2 chosen on validation)";

    /// <summary>
    /// L2 strengths tried. ML.NET adds ½·λ‖w‖² to the summed log-loss, so λ = 1/C of scikit-learn's
    /// LogisticRegression: the grid spans C = 2 … 64 around the reference C = 4.
    /// </summary>
    public static readonly IReadOnlyList<double> DefaultL2Grid = [0.5, 0.25, 0.125, 0.0625, 0.03125, 0.015625];

    /// <summary>Featurises, trains one model per L2 strength, keeps the best on validation and scores the test rows.</summary>
    /// <param name="train">Training reviews' tokens and labels (0/1).</param>
    /// <param name="validation">Validation reviews: choose the strength.</param>
    /// <param name="testTokens">Test reviews' tokens: scored only.</param>
    /// <param name="seed">ML.NET context seed.</param>
    /// <param name="l2Grid">Strengths to try (default <see cref="DefaultL2Grid"/>).</param>
    /// <param name="features">What to extract (default <see cref="NgramTfIdfOptions"/>).</param>
    public static BaselineFit TrainAndScore(
        (IReadOnlyList<IReadOnlyList<string>> Tokens, IReadOnlyList<int> Labels) train,
        (IReadOnlyList<IReadOnlyList<string>> Tokens, IReadOnlyList<int> Labels) validation,
        IReadOnlyList<IReadOnlyList<string>> testTokens,
        int seed,
        IReadOnlyList<double>? l2Grid = null,
        NgramTfIdfOptions? features = null)
    {
        ArgumentNullException.ThrowIfNull(train.Tokens);
        ArgumentNullException.ThrowIfNull(train.Labels);
        ArgumentNullException.ThrowIfNull(validation.Tokens);
        ArgumentNullException.ThrowIfNull(validation.Labels);
        ArgumentNullException.ThrowIfNull(testTokens);
        l2Grid ??= DefaultL2Grid;
        if (l2Grid.Count == 0 || l2Grid.Any(l2 => !(l2 > 0)))
        {
            throw new ArgumentOutOfRangeException(nameof(l2Grid), "At least one L2 strength is needed, each positive.");
        }

        features ??= new NgramTfIdfOptions();
        var clock = Stopwatch.StartNew();
        var featurizer = NgramTfIdfFeaturizer.Fit(train.Tokens, features);
        var ml = new MLContext(seed);
        var trainView = Load(ml, featurizer, train.Tokens, train.Labels);
        var validationView = Load(ml, featurizer, validation.Tokens, validation.Labels);
        var featurizeSeconds = clock.Elapsed.TotalSeconds;

        clock.Restart();
        var candidates = new List<BaselineCandidate>();
        BaselineCandidate? best = null;
        ITransformer? bestModel = null;
        double[] bestValidation = [];
        foreach (var l2 in l2Grid)
        {
            var model = Trainer(ml, l2).Fit(trainView);
            var probabilities = Score(ml, model, validationView);
            var candidate = new BaselineCandidate(l2, Accuracy(validation.Labels, probabilities), LogLoss(validation.Labels, probabilities));
            candidates.Add(candidate);
            if (best is null || candidate.ValidationAccuracy > best.ValidationAccuracy ||
                (candidate.ValidationAccuracy == best.ValidationAccuracy && candidate.ValidationLogLoss < best.ValidationLogLoss))
            {
                (best, bestModel, bestValidation) = (candidate, model, probabilities);
            }
        }

        var test = Score(ml, bestModel!, Load(ml, featurizer, testTokens, new int[testTokens.Count]));
        return new BaselineFit(best!.L2Regularization, candidates, featurizer.WordFeatureCount, featurizer.CharFeatureCount,
            bestValidation, test, featurizeSeconds, clock.Elapsed.TotalSeconds);
    }

    private static LbfgsLogisticRegressionBinaryTrainer Trainer(MLContext ml, double l2) =>
        ml.BinaryClassification.Trainers.LbfgsLogisticRegression(new LbfgsLogisticRegressionBinaryTrainer.Options
        {
            LabelColumnName = nameof(BaselineInput.Label),
            FeatureColumnName = nameof(BaselineInput.Features),
            L2Regularization = (float)l2,
            L1Regularization = 0,
            NumberOfThreads = 1,
        });

    private static IDataView Load(MLContext ml, NgramTfIdfFeaturizer featurizer, IReadOnlyList<IReadOnlyList<string>> tokens, IReadOnlyList<int> labels)
    {
        var rows = new BaselineInput[tokens.Count];
        Parallel.For(0, tokens.Count, i =>
        {
            var features = featurizer.Transform(tokens[i]);
            rows[i] = new BaselineInput
            {
                Features = new VBuffer<float>(featurizer.FeatureCount, features.Indices.Length, features.Values, features.Indices),
                Label = labels[i] == 1,
            };
        });
        // The vector width is known only now, so the schema says it instead of an attribute.
        var schema = SchemaDefinition.Create(typeof(BaselineInput));
        schema[nameof(BaselineInput.Features)].ColumnType = new VectorDataViewType(NumberDataViewType.Single, featurizer.FeatureCount);
        return ml.Data.LoadFromEnumerable(rows, schema);
    }

    private static double[] Score(MLContext ml, ITransformer model, IDataView data) =>
        ml.Data.CreateEnumerable<BaselineOutput>(model.Transform(data), reuseRowObject: false).Select(o => (double)o.Probability).ToArray();

    private static double Accuracy(IReadOnlyList<int> labels, double[] probabilities) =>
        labels.Count == 0 ? double.NaN : Enumerable.Range(0, labels.Count).Count(i => (probabilities[i] >= 0.5) == (labels[i] == 1)) / (double)labels.Count;

    private static double LogLoss(IReadOnlyList<int> labels, double[] probabilities)
    {
        const double Floor = 1e-15;
        return labels.Count == 0
            ? double.NaN
            : -Enumerable.Range(0, labels.Count).Average(i => Math.Log(Math.Max(Floor, labels[i] == 1 ? probabilities[i] : 1 - probabilities[i])));
    }
}
