using System.Diagnostics;

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
        var trainRows = Featurize(featurizer, train.Tokens);
        var validationRows = Featurize(featurizer, validation.Tokens);
        var featurizeSeconds = clock.Elapsed.TotalSeconds;

        clock.Restart();
        var fit = SparseLogisticRegression.Fit((trainRows, train.Labels), (validationRows, validation.Labels), featurizer.FeatureCount, seed, l2Grid);
        var test = fit.Score(Featurize(featurizer, testTokens));
        return new BaselineFit(fit.L2Regularization, fit.Candidates, featurizer.WordFeatureCount, featurizer.CharFeatureCount,
            fit.ValidationProbabilities, test, featurizeSeconds, clock.Elapsed.TotalSeconds);
    }

    private static SparseFeatures[] Featurize(NgramTfIdfFeaturizer featurizer, IReadOnlyList<IReadOnlyList<string>> tokens)
    {
        var rows = new SparseFeatures[tokens.Count];
        Parallel.For(0, tokens.Count, i => rows[i] = featurizer.Transform(tokens[i]));
        return rows;
    }
}
