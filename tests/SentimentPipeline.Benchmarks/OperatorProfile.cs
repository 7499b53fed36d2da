using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using Microsoft.ML.OnnxRuntime;
using SentimentPipeline.ModelBundle;
using SentimentPipeline.Prediction;
using SentimentPipeline.Preprocessing;

namespace SentimentPipeline.Benchmarks;

/// <summary>
/// <c>--operator-profile</c>: what batching saves inside the model. The <see cref="PredictionBenchmarkModel"/> reviews,
/// encoded and sorted by length, are scored by ONNX Runtime alone (one thread, no spinning, as the service runs it) in
/// consecutive runs of 1 and of <see cref="Batch"/> reviews of about the same length, so padding costs nothing; first
/// timed by process CPU, then with ONNX Runtime's profiler on, whose kernel times are summed by operator type and
/// printed per review side by side. (The profiler's own cost per call inflates the batch-of-one figures; the timed
/// pass is the one to quote.)
/// </summary>
public static class OperatorProfile
{
    private const int Batch = 32;
    private const int Passes = 5;
    private static readonly string[] OutputNames = [SentimentColumnNames.Probabilities];

    public static int Run()
    {
        var invariant = CultureInfo.InvariantCulture;
        var directory = PredictionBenchmarkModel.Directory;
        using var model = PredictionBenchmarkModel.Load();
        var encoded = BenchmarkReviews.Spread(PredictionBenchmarkModel.SampleSize).Select(model.Encoder.Encode).OrderBy(e => e.Length).ToArray();
        var modelPath = Path.Combine(directory, ModelBundleFiles.Model);
        Console.WriteLine(string.Create(invariant, $"Model {modelPath}: {encoded.Length} reviews sorted by length, ONNX Runtime alone, one thread."));

        var byBatch = new Dictionary<int, (double CpuMs, Dictionary<string, double> Kernels)>();
        foreach (var batch in new[] { 1, Batch })
        {
            using (var session = Session(modelPath, profile: false))
            {
                Score(session, encoded, batch);
                var cpu = Process.GetCurrentProcess().TotalProcessorTime;
                for (var pass = 0; pass < Passes; pass++)
                {
                    Score(session, encoded, batch);
                }

                var cpuMs = (Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalMilliseconds / (Passes * encoded.Length);
                byBatch[batch] = (cpuMs, Profiled(modelPath, encoded, batch));
            }
        }

        var one = byBatch[1];
        var many = byBatch[Batch];
        Console.WriteLine(string.Create(invariant, $"timed: {one.CpuMs:F4} ms CPU per review at batch 1, {many.CpuMs:F4} at batch {Batch}: {one.CpuMs / many.CpuMs:F2}x"));
        Console.WriteLine();
        Console.WriteLine($"| operator (profiled) | µs per review, batch 1 | µs per review, batch {Batch} | saved by batching |");
        Console.WriteLine("| --- | ---: | ---: | ---: |");
        foreach (var op in one.Kernels.Keys.Union(many.Kernels.Keys).OrderByDescending(op => many.Kernels.GetValueOrDefault(op)))
        {
            var a = one.Kernels.GetValueOrDefault(op);
            var b = many.Kernels.GetValueOrDefault(op);
            Console.WriteLine(string.Create(invariant, $"| {op} | {a:F1} | {b:F1} | {(b > 0 ? a / b : double.PositiveInfinity):F2}x |"));
        }

        var totalOne = one.Kernels.Values.Sum();
        var totalMany = many.Kernels.Values.Sum();
        Console.WriteLine(string.Create(invariant, $"| all kernels | {totalOne:F1} | {totalMany:F1} | {totalOne / totalMany:F2}x |"));
        return 0;
    }

    private static InferenceSession Session(string modelPath, bool profile)
    {
        var options = new SessionOptions { IntraOpNumThreads = 1, InterOpNumThreads = 1, EnableProfiling = profile };
        options.AddSessionConfigEntry("session.intra_op.allow_spinning", "0");
        if (profile)
        {
            options.ProfileOutputPathPrefix = Path.Combine(Path.GetTempPath(), "sentiment-operator-profile");
        }

        return new InferenceSession(modelPath, options);
    }

    /// <summary>One pass with the profiler on; kernel microseconds per review by operator type.</summary>
    private static Dictionary<string, double> Profiled(string modelPath, EncodedText[] encoded, int batch)
    {
        string file;
        using (var session = Session(modelPath, profile: true))
        {
            Score(session, encoded, batch);
            file = session.EndProfiling();
        }

        try
        {
            var totals = new Dictionary<string, double>();
            using var document = JsonDocument.Parse(File.ReadAllBytes(file));
            foreach (var e in document.RootElement.EnumerateArray())
            {
                if (e.GetProperty("cat").GetString() == "Node" && e.GetProperty("name").GetString()!.EndsWith("_kernel_time", StringComparison.Ordinal))
                {
                    var op = e.GetProperty("args").GetProperty("op_name").GetString()!;
                    totals[op] = totals.GetValueOrDefault(op) + (e.GetProperty("dur").GetDouble() / encoded.Length);
                }
            }

            return totals;
        }
        finally
        {
            File.Delete(file);
        }
    }

    /// <summary>Scores the reviews in consecutive runs of <paramref name="batch"/>, each cut to its longest review.</summary>
    private static void Score(InferenceSession session, EncodedText[] encoded, int batch)
    {
        for (var start = 0; start < encoded.Length; start += batch)
        {
            var rows = Enumerable.Range(start, Math.Min(batch, encoded.Length - start)).ToArray();
            using var inputs = EncodedBatch.Create(encoded, rows);
            using var runOptions = new RunOptions();
            using var outputs = session.Run(runOptions, EncodedBatch.InputNames, inputs.Values, OutputNames);
        }
    }
}
