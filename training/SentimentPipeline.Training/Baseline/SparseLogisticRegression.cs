using Microsoft.ML;
using Microsoft.ML.Calibrators;
using Microsoft.ML.Data;
using Microsoft.ML.Trainers;

namespace SentimentPipeline.Training.Baseline;

/// <summary>
/// ML.NET's L-BFGS logistic regression (L2 only, one thread, so it repeats) on sparse vectors, one model per L2
/// strength, the best on the validation rows kept (accuracy, ties to the lower log-loss). Shared by the baseline
/// and the neural model's wide path, so both learn the same way.
/// </summary>
public sealed class SparseLogisticRegression
{
    private readonly MLContext _ml;
    private readonly ITransformer _model;
    private readonly int _featureCount;

    private SparseLogisticRegression(MLContext ml, ITransformer model, int featureCount, double l2, IReadOnlyList<BaselineCandidate> candidates, double[] validationProbabilities)
    {
        _ml = ml;
        _model = model;
        _featureCount = featureCount;
        L2Regularization = l2;
        Candidates = candidates;
        ValidationProbabilities = validationProbabilities;
    }

    /// <summary>The chosen strength.</summary>
    public double L2Regularization { get; }

    /// <summary>Every strength tried, in the order tried.</summary>
    public IReadOnlyList<BaselineCandidate> Candidates { get; }

    /// <summary>Positive probabilities of the chosen model on the validation rows.</summary>
    public double[] ValidationProbabilities { get; }

    /// <summary>The chosen model's weights (one per feature) and bias: p(positive) = σ(w · x + b).</summary>
    public (float[] Weights, float Bias) Linear()
    {
        var parameters = ((ISingleFeaturePredictionTransformer<CalibratedModelParametersBase<LinearBinaryModelParameters, PlattCalibrator>>)_model).Model;
        var calibrator = parameters.Calibrator;
        // L-BFGS logistic regression's calibrator is the identity sigmoid σ(score); anything else would change p.
        if (calibrator.Slope != -1 || calibrator.Offset != 0)
        {
            throw new InvalidOperationException($"Unexpected Platt calibrator (slope {calibrator.Slope}, offset {calibrator.Offset}): the logistic model is not σ(w · x + b).");
        }

        var weights = new float[_featureCount];
        parameters.SubModel.Weights.ToArray().CopyTo(weights, 0);
        return (weights, parameters.SubModel.Bias);
    }

    /// <summary>Positive probabilities of the chosen model.</summary>
    public double[] Score(IReadOnlyList<SparseFeatures> rows) => Score(_ml, _model, Load(_ml, rows, new int[rows.Count], _featureCount));

    /// <summary>Trains one model per strength of <paramref name="l2Grid"/> and keeps the best on validation.</summary>
    public static SparseLogisticRegression Fit(
        (IReadOnlyList<SparseFeatures> Rows, IReadOnlyList<int> Labels) train,
        (IReadOnlyList<SparseFeatures> Rows, IReadOnlyList<int> Labels) validation,
        int featureCount,
        int seed,
        IReadOnlyList<double> l2Grid)
    {
        ArgumentNullException.ThrowIfNull(train.Rows);
        ArgumentNullException.ThrowIfNull(validation.Rows);
        ArgumentNullException.ThrowIfNull(l2Grid);
        if (l2Grid.Count == 0 || l2Grid.Any(l2 => !(l2 > 0)))
        {
            throw new ArgumentOutOfRangeException(nameof(l2Grid), "At least one L2 strength is needed, each positive.");
        }

        var ml = new MLContext(seed);
        var trainView = Load(ml, train.Rows, train.Labels, featureCount);
        var validationView = Load(ml, validation.Rows, validation.Labels, featureCount);
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

        return new SparseLogisticRegression(ml, bestModel!, featureCount, best!.L2Regularization, candidates, bestValidation);
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

    private static IDataView Load(MLContext ml, IReadOnlyList<SparseFeatures> features, IReadOnlyList<int> labels, int featureCount)
    {
        var rows = new BaselineInput[features.Count];
        for (var i = 0; i < rows.Length; i++)
        {
            rows[i] = new BaselineInput
            {
                Features = new VBuffer<float>(featureCount, features[i].Indices.Length, features[i].Values, features[i].Indices),
                Label = labels[i] == 1,
            };
        }

        // The vector width is known only now, so the schema says it instead of an attribute.
        var schema = SchemaDefinition.Create(typeof(BaselineInput));
        schema[nameof(BaselineInput.Features)].ColumnType = new VectorDataViewType(NumberDataViewType.Single, featureCount);
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
