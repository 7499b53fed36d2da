using System.Globalization;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using SentimentPipeline.Prediction;

namespace SentimentPipeline.Benchmarks;

/// <summary>
/// <c>--load</c>: single-review POST /predict against <c>sentiment serve</c> on 127.0.0.1, with 1, 16 and 64
/// connections, micro-batching off and on (server processes one after the other, in one run), load from Debian's
/// <c>wrk</c> (<see cref="WrkCell"/>). First each review is sent alone, one after the other, to each server: those
/// answers must equal scoring the review in this process, and every answer under load must equal the first server's
/// byte for byte.
/// Prints throughput, p50/p99 latency, errors, differing answers and the CPU time per request of the server and of wrk, then the
/// on/off ratios. Options: <c>--seconds N</c> (per cell, default 10), <c>--on-args "…"</c> (extra serve options for
/// an "on" server; repeat it to compare several "on" settings against the same "off" server in one run),
/// <c>--server-args "…"</c> (extra serve options for every server, "off" included; an option given here cannot be given
/// again in <c>--on-args</c>: serve refuses a repeated option and the load test stops with its message).
/// </summary>
public static class LoadTest
{
    private static readonly int[] Connections = [1, 16, 64];

    // wrk sends each line's bytes as they are: a byte order mark would make the first request invalid JSON.
    private static readonly UTF8Encoding Utf8WithoutBom = new(encoderShouldEmitUTF8Identifier: false);

    public static int Run(string[] args)
    {
        var seconds = int.Parse(BenchmarkArguments.Option(args, "--seconds") ?? "10", CultureInfo.InvariantCulture);
        var onSettings = BenchmarkArguments.Options(args, "--on-args") is { Count: > 0 } given ? given : [string.Empty];
        var everyServer = BenchmarkArguments.Option(args, "--server-args") ?? string.Empty;
        var modelDirectory = PredictionBenchmarkModel.Directory;
        var reviews = BenchmarkReviews.Spread(PredictionBenchmarkModel.SampleSize).ToArray();
        SentimentPrediction[] inProcess;
        using (var model = SentimentModel.Load(modelDirectory))
        {
            inProcess = [.. reviews.Select(r => model.BatchPredictor.Predict(r))];
        }

        Console.WriteLine($"model {modelDirectory}, {reviews.Length} reviews spread over online_shopping_10_cats.csv, {seconds} s per cell, {Environment.ProcessorCount} cores, load average {MachineLoad.Average()}");
        var files = Directory.CreateTempSubdirectory("sentiment-load-");
        var requestsFile = Path.Combine(files.FullName, "requests.jsonl");
        var answersFile = Path.Combine(files.FullName, "answers.jsonl");
        File.WriteAllLines(requestsFile, reviews.Select(r => JsonSerializer.Serialize(new { text = r })), Utf8WithoutBom);

        var results = new List<(string Mode, int Connections, LoadTestCellResult Result)>();
        var modes = new[] { ("off", "--no-micro-batching") }
            .Concat(onSettings.Select(extra => (extra.Length == 0 ? "on" : $"on `{extra}`", extra)))
            .ToList();
        var sequentialMismatches = 0;
        try
        {
            foreach (var (mode, extra) in modes)
            {
                using var server = LoadTestServer.Start(modelDirectory, $"{everyServer} {extra}");
                Console.WriteLine($"micro-batching {mode}: {server.Url} (serve {everyServer} {extra})");
                // Every server answers each review alone first (the same warm-up for all); the first one's answers are
                // what every answer under load must equal.
                var differing = WriteSequentialAnswers(server, requestsFile, answersFile, inProcess, overwrite: results.Count == 0);
                sequentialMismatches += differing;
                Console.WriteLine($"  sequential answers: {reviews.Length - differing} of {reviews.Length} equal scoring in this process");

                WrkCell.Run(server, requestsFile, answersFile, 16, 2); // warm-up
                foreach (var connections in Connections)
                {
                    var result = WrkCell.Run(server, requestsFile, answersFile, connections, seconds);
                    results.Add((mode, connections, result));
                    Console.WriteLine($"  {connections,2} connections: {result.RequestsPerSecond,8:F0} req/s");
                }
            }
        }
        finally
        {
            files.Delete(recursive: true);
        }

        PrintTable(results);
        PrintRatios(results, modes.Skip(1).Select(m => m.Item1));
        Console.WriteLine($"at the end: load average {MachineLoad.Average()}");
        var failed = sequentialMismatches + results.Sum(r => r.Result.Errors + r.Result.Mismatches);
        Console.WriteLine(failed == 0 ? "no errors; every answer equals sequential scoring" : $"{failed} errors or differing answers");
        return failed == 0 ? 0 : 1;
    }

    /// <summary>
    /// Sends each request alone and in turn (sequential scoring), writes the answer bodies to <paramref name="answersFile"/>
    /// if <paramref name="overwrite"/>, and returns how many differ from scoring the review in this process (label and
    /// both probabilities, bit for bit).
    /// </summary>
    private static int WriteSequentialAnswers(LoadTestServer server, string requestsFile, string answersFile, SentimentPrediction[] inProcess, bool overwrite)
    {
        using var client = new HttpClient { BaseAddress = new Uri(server.Url) };
        var answers = new List<string>();
        var mismatches = 0;
        foreach (var (body, expected) in File.ReadLines(requestsFile).Zip(inProcess))
        {
            using var content = new StringContent(body, Encoding.UTF8, new MediaTypeHeaderValue("application/json"));
            using var response = client.PostAsync("/predict", content).GetAwaiter().GetResult().EnsureSuccessStatusCode();
            var answer = response.Content.ReadAsStringAsync().GetAwaiter().GetResult();
            answers.Add(answer);
            mismatches += Same(expected, answer) ? 0 : 1;
        }

        if (overwrite)
        {
            File.WriteAllLines(answersFile, answers, Utf8WithoutBom);
        }

        return mismatches;
    }

    /// <summary>Label and both probabilities bit for bit (the JSON writes floats round-trippable).</summary>
    private static bool Same(SentimentPrediction expected, string json)
    {
        using var document = JsonDocument.Parse(json);
        var root = document.RootElement;
        return root.GetProperty("label").GetString() == expected.Label
            && root.GetProperty("positive").GetSingle() == expected.Positive
            && root.GetProperty("negative").GetSingle() == expected.Negative;
    }

    private static void PrintTable(List<(string Mode, int Connections, LoadTestCellResult Result)> results)
    {
        Console.WriteLine();
        Console.WriteLine("| micro-batching | connections | requests/s | p50 ms | p99 ms | errors | answers ≠ sequential | server CPU ms/request | wrk CPU ms/request |");
        Console.WriteLine("| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |");
        foreach (var (mode, connections, r) in results)
        {
            Console.WriteLine(FormattableString.Invariant(
                $"| {mode} | {connections} | {r.RequestsPerSecond:F0} | {r.P50Milliseconds:F2} | {r.P99Milliseconds:F2} | {r.Errors} | {r.Mismatches} | {r.ServerCpuMillisecondsPerRequest:F2} | {r.ClientCpuMillisecondsPerRequest:F2} |"));
        }

        Console.WriteLine();
    }

    private static void PrintRatios(List<(string Mode, int Connections, LoadTestCellResult Result)> results, IEnumerable<string> onModes)
    {
        foreach (var mode in onModes)
        {
            foreach (var connections in Connections)
            {
                var off = results.Single(r => r.Mode == "off" && r.Connections == connections).Result;
                var on = results.Single(r => r.Mode == mode && r.Connections == connections).Result;
                Console.WriteLine(FormattableString.Invariant(
                    $"ratio {mode}/off at {connections,2} connections: {on.RequestsPerSecond / off.RequestsPerSecond:F2}x throughput, {off.ServerCpuMillisecondsPerRequest / on.ServerCpuMillisecondsPerRequest:F2}x fewer server CPU ms per request"));
            }
        }
    }
}
