using SentimentPipeline.Training.Baseline;

namespace SentimentPipeline.Training.Tests;

public sealed class TfIdfLogisticBaselineTests
{
    private static readonly string[] Positive = ["很好", "喜欢", "满意", "推荐"];
    private static readonly string[] Negative = ["很差", "失望", "退货", "垃圾"];
    private static readonly string[] Neutral = ["手机", "屏幕", "物流", "包装", "价格", "电池"];

    [Fact]
    public void TrainAndScore_SeparableReviews_ScoresEveryTestReviewRightAndChoosesBestValidationCandidate()
    {
        var (trainTokens, trainLabels) = Reviews(200, seed: 1);
        var (validationTokens, validationLabels) = Reviews(60, seed: 2);
        var (testTokens, testLabels) = Reviews(60, seed: 3);
        double[] grid = [4, 1, 0.25];

        var fit = TfIdfLogisticBaseline.TrainAndScore((trainTokens, trainLabels), (validationTokens, validationLabels), testTokens, seed: 5, grid);

        Assert.Equal(grid, fit.Candidates.Select(c => c.L2Regularization));
        var best = fit.Candidates.OrderByDescending(c => c.ValidationAccuracy).ThenBy(c => c.ValidationLogLoss).First();
        Assert.Equal(best.L2Regularization, fit.L2Regularization);
        Assert.Equal(1.0, best.ValidationAccuracy);
        Assert.All(testLabels.Select((label, i) => (label, p: fit.TestProbabilities[i])), x => Assert.Equal(x.label == 1, x.p >= 0.5));
        Assert.Equal(validationTokens.Count, fit.ValidationProbabilities.Length);
    }

    [Fact]
    public void TrainAndScore_StrongerRegularisation_HasHigherValidationLogLoss()
    {
        var (trainTokens, trainLabels) = Reviews(200, seed: 1);
        var (validationTokens, validationLabels) = Reviews(60, seed: 2);

        var fit = TfIdfLogisticBaseline.TrainAndScore((trainTokens, trainLabels), (validationTokens, validationLabels), validationTokens, seed: 5, [16, 1]);

        // Separable data: the heavily regularised model is less confident, so its log-loss is higher.
        Assert.True(fit.Candidates[0].ValidationLogLoss > fit.Candidates[1].ValidationLogLoss);
    }

    [Fact]
    public void TrainAndScore_NonPositiveL2_IsRejected()
    {
        var (tokens, labels) = Reviews(10, seed: 1);

        Assert.Throws<ArgumentOutOfRangeException>(() => TfIdfLogisticBaseline.TrainAndScore((tokens, labels), (tokens, labels), tokens, seed: 1, [0.5, 0]));
    }

    /// <summary>Reviews of neutral words plus one sentiment word that decides the label.</summary>
    private static (IReadOnlyList<IReadOnlyList<string>> Tokens, IReadOnlyList<int> Labels) Reviews(int count, int seed)
    {
        var random = new Random(seed);
        var tokens = new List<IReadOnlyList<string>>();
        var labels = new List<int>();
        for (var i = 0; i < count; i++)
        {
            var label = i % 2;
            var words = Enumerable.Range(0, 4).Select(_ => Neutral[random.Next(Neutral.Length)]).ToList();
            words.Insert(random.Next(words.Count + 1), (label == 1 ? Positive : Negative)[random.Next(4)]);
            tokens.Add(words);
            labels.Add(label);
        }

        return (tokens, labels);
    }
}
