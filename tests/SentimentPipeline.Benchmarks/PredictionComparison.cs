using System.Diagnostics;
using System.Globalization;
using SentimentPipeline.Prediction;

namespace SentimentPipeline.Benchmarks;

/// <summary>
/// <c>--prediction</c>: in one process, scores the same <see cref="PredictionBenchmarkModel.SampleSize"/> reviews row by
/// row (ML.NET PredictionEngine, pooled engine) and in batches of 1, 32 and 256 (ONNX Runtime), one warm-up pass then
/// timed passes for at least <see cref="MinimumSeconds"/> each, and prints reviews/s, the single-review latency and
/// the ratio batched / row by row. All paths must agree on every label, or it fails.
/// </summary>
public static class PredictionComparison
{
    private const double MinimumSeconds = 4;
    private static readonly int[] BatchSizes = [1, 32, 256];

    public static int Run()
    {
        var reviews = BenchmarkReviews.Load().Take(PredictionBenchmarkModel.SampleSize).ToArray();
        using var model = PredictionBenchmarkModel.Load();
        using var engine = model.CreatePredictionEngine();
        using var pool = model.CreateEnginePool();
        var reference = model.BatchPredictor.Predict(reviews);

        var rows = new List<(string Name, double ReviewsPerSecond)>
        {
            ("PredictionEngine, row by row", Measure(reviews, r => engine.Predict(new ReviewInput { Text = r }), reference)),
            ("PooledSentimentEngine, row by row", Measure(reviews, pool.Predict, reference)),
        };
        foreach (var batchSize in BatchSizes)
        {
            using var batched = PredictionBenchmarkModel.Load(batchSize);
            rows.Add(($"Batched ONNX Runtime, batch {batchSize}", MeasureBatched(reviews, batched.BatchPredictor, reference)));
        }

        Print(model, reviews.Length, rows);
        return 0;
    }

    private static double Measure(string[] reviews, Func<string, SentimentPrediction> predict, IReadOnlyList<SentimentPrediction> reference)
    {
        for (var i = 0; i < reviews.Length; i++)
        {
            Check(predict(reviews[i]), reference[i], i);
        }

        return Time(reviews.Length, () =>
        {
            foreach (var review in reviews)
            {
                predict(review);
            }
        });
    }

    private static double MeasureBatched(string[] reviews, SentimentBatchPredictor predictor, IReadOnlyList<SentimentPrediction> reference)
    {
        var first = predictor.Predict(reviews);
        for (var i = 0; i < reviews.Length; i++)
        {
            Check(first[i], reference[i], i);
        }

        return Time(reviews.Length, () => predictor.Predict(reviews));
    }

    private static double Time(int reviewsPerPass, Action pass)
    {
        var passes = 0;
        var clock = Stopwatch.StartNew();
        while (passes < 2 || clock.Elapsed.TotalSeconds < MinimumSeconds)
        {
            pass();
            passes++;
        }

        return reviewsPerPass * passes / clock.Elapsed.TotalSeconds;
    }

    private static void Check(SentimentPrediction actual, SentimentPrediction expected, int index)
    {
        if (actual.Label != expected.Label || Math.Abs(actual.Positive - expected.Positive) > 1e-5f)
        {
            throw new InvalidOperationException($"Review {index}: paths disagree ({actual.Label} {actual.Positive} vs {expected.Label} {expected.Positive}).");
        }
    }

    private static void Print(SentimentModel model, int count, List<(string Name, double ReviewsPerSecond)> rows)
    {
        var invariant = CultureInfo.InvariantCulture;
        var rowByRow = rows[0].ReviewsPerSecond;
        Console.WriteLine(string.Create(invariant,
            $"Model: {model.Directory} ({model.Metadata.VocabularySize} ids, {model.Metadata.MaxLength} tokens), {model.ExecutionProvider}; {count} reviews of online_shopping_10_cats.csv, {Environment.ProcessorCount} cores."));
        Console.WriteLine(string.Create(invariant, $"{"path",-36} {"reviews/s",10} {"ms/review",10} {"vs PredictionEngine",20}"));
        foreach (var (name, perSecond) in rows)
        {
            Console.WriteLine(string.Create(invariant, $"{name,-36} {perSecond,10:F0} {1000 / perSecond,10:F3} {perSecond / rowByRow,19:F2}x"));
        }
    }
}
