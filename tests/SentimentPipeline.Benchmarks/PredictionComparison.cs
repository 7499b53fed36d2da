using System.Diagnostics;
using System.Globalization;
using SentimentPipeline.Prediction;

namespace SentimentPipeline.Benchmarks;

/// <summary>
/// <c>--prediction</c>: in one process, scores the same <see cref="PredictionBenchmarkModel.SampleSize"/> reviews row by
/// row (ML.NET PredictionEngine, pooled engine) and in batches of 1, 32 and 256 (ONNX Runtime), one warm-up pass then
/// timed passes for at least <see cref="MinimumSeconds"/> each, and prints reviews/s, the single-review latency and
/// the ratio batched / row by row; then random groups of 32 (micro-batches) with several costs per call for
/// <see cref="PaddedChunks"/>. All paths must agree on every label, or it fails. The machine is shared, so
/// reviews per CPU-second of this process (all its threads) are printed beside the wall-clock figures.
/// </summary>
public static class PredictionComparison
{
    private const double MinimumSeconds = 4;
    private static readonly int[] BatchSizes = [1, 32, 256];
    private const int MicroBatchSize = 32;

    // A cost no split can beat: every group of at most BatchSize reviews is one call.
    private const int OneCallPerGroup = int.MaxValue / 4;
    private static readonly int[] MicroBatchCallCosts = [16, 48, PaddedChunks.CallCost, 192, 400, OneCallPerGroup];

    public static int Run()
    {
        var reviews = BenchmarkReviews.Spread(PredictionBenchmarkModel.SampleSize).ToArray();
        using var model = PredictionBenchmarkModel.Load();
        using var engine = model.CreatePredictionEngine();
        using var pool = model.CreateEnginePool();
        var reference = model.BatchPredictor.Predict(reviews);

        var rows = new List<(string Name, Throughput Speed)>
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
        PrintMicroBatches(model, reviews, reference);
        return 0;
    }

    /// <summary>
    /// Random groups of <see cref="MicroBatchSize"/> of the reviews, as the service's micro-batching gathers them, each
    /// scored with several fixed costs per call for <see cref="PaddedChunks"/> and with one call per group.
    /// </summary>
    private static void PrintMicroBatches(SentimentModel model, string[] reviews, IReadOnlyList<SentimentPrediction> reference)
    {
        var random = new Random(20261201);
        var shuffled = Enumerable.Range(0, reviews.Length).OrderBy(_ => random.Next()).ToArray();
        var groups = shuffled.Chunk(MicroBatchSize).Select(g => g.Select(i => model.Encoder.Encode(reviews[i])).ToArray()).ToArray();
        Console.WriteLine();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Random groups of {MicroBatchSize}, by the cost of a call PaddedChunks assumes (default {PaddedChunks.CallCost}):"));
        Console.WriteLine($"{"cost per call",-36} {"reviews/s",10} {"ms/review",10} {"reviews/CPU-s",14}");
        foreach (var callCost in MicroBatchCallCosts)
        {
            var first = groups.SelectMany(g => model.BatchPredictor.PredictEncoded(g, callCost)).ToArray();
            for (var i = 0; i < first.Length; i++)
            {
                Check(first[i], reference[shuffled[i]], shuffled[i]);
            }

            var speed = Time(reviews.Length, () =>
            {
                foreach (var group in groups)
                {
                    model.BatchPredictor.PredictEncoded(group, callCost);
                }
            });
            var name = callCost == OneCallPerGroup ? "one call per group" : callCost.ToString(CultureInfo.InvariantCulture);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{name,-36} {speed.Wall,10:F0} {1000 / speed.Wall,10:F3} {speed.Cpu,14:F0}"));
        }
    }

    private static Throughput Measure(string[] reviews, Func<string, SentimentPrediction> predict, IReadOnlyList<SentimentPrediction> reference)
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

    private static Throughput MeasureBatched(string[] reviews, SentimentBatchPredictor predictor, IReadOnlyList<SentimentPrediction> reference)
    {
        var first = predictor.Predict(reviews);
        for (var i = 0; i < reviews.Length; i++)
        {
            Check(first[i], reference[i], i);
        }

        return Time(reviews.Length, () => predictor.Predict(reviews));
    }

    private static Throughput Time(int reviewsPerPass, Action pass)
    {
        var passes = 0;
        var process = Process.GetCurrentProcess();
        var cpuBefore = process.TotalProcessorTime;
        var clock = Stopwatch.StartNew();
        while (passes < 2 || clock.Elapsed.TotalSeconds < MinimumSeconds)
        {
            pass();
            passes++;
        }

        var wall = clock.Elapsed.TotalSeconds;
        process.Refresh();
        var cpu = (process.TotalProcessorTime - cpuBefore).TotalSeconds;
        return new Throughput(reviewsPerPass * passes / wall, reviewsPerPass * passes / cpu);
    }

    private static void Check(SentimentPrediction actual, SentimentPrediction expected, int index)
    {
        if (actual.Label != expected.Label || Math.Abs(actual.Positive - expected.Positive) > 1e-5f)
        {
            throw new InvalidOperationException($"Review {index}: paths disagree ({actual.Label} {actual.Positive} vs {expected.Label} {expected.Positive}).");
        }
    }

    private static void Print(SentimentModel model, int count, List<(string Name, Throughput Speed)> rows)
    {
        var invariant = CultureInfo.InvariantCulture;
        var rowByRow = rows[0].Speed;
        Console.WriteLine(string.Create(invariant,
            $"Model: {model.Directory} ({model.Metadata.VocabularySize} ids, {model.Metadata.MaxLength} tokens), {model.ExecutionProvider}; {count} reviews spread over online_shopping_10_cats.csv, {Environment.ProcessorCount} cores."));
        Console.WriteLine(string.Create(invariant, $"{"path",-36} {"reviews/s",10} {"ms/review",10} {"ratio",8} {"reviews/CPU-s",14} {"ratio",8}"));
        foreach (var (name, speed) in rows)
        {
            Console.WriteLine(string.Create(invariant,
                $"{name,-36} {speed.Wall,10:F0} {1000 / speed.Wall,10:F3} {speed.Wall / rowByRow.Wall,7:F2}x {speed.Cpu,14:F0} {speed.Cpu / rowByRow.Cpu,7:F2}x"));
        }

        Console.WriteLine("ratio = this path's throughput / PredictionEngine row by row (ML.NET OnnxTransformer, one ONNX Runtime call per review).");
    }

    /// <summary>Reviews per wall-clock second and per CPU-second of this process.</summary>
    private readonly record struct Throughput(double Wall, double Cpu);
}
