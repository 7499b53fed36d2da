using Microsoft.ML.OnnxRuntime;
using SentimentPipeline.ModelBundle;
using SentimentPipeline.Preprocessing;

namespace SentimentPipeline.Prediction;

/// <summary>
/// The fast path for many reviews: encodes the reviews (in parallel), sorts them by length, and runs ONNX Runtime once
/// per chunk of at most <see cref="BatchSize"/> on a whole [batch, sequence] tensor, where ML.NET's OnnxTransformer
/// makes one call per row, padded to the maximum length. The sequence axis of a chunk is cut to its longest review,
/// and the sorted reviews are split where padding would cost more than another call (<see cref="PaddedChunks"/>);
/// the padding never reaches a result (the graph is exact at any width). Results come back in input order.
/// Thread-safe: <see cref="InferenceSession.Run(IReadOnlyCollection{NamedOnnxValue})"/> may be called concurrently.
/// </summary>
public sealed class SentimentBatchPredictor
{
    private static readonly string[] OutputNames = [SentimentColumnNames.Probabilities];

    private readonly InferenceSession _session;
    private readonly TextEncoder _encoder;

    internal SentimentBatchPredictor(InferenceSession session, TextEncoder encoder, int batchSize)
    {
        _session = session;
        _encoder = encoder;
        BatchSize = batchSize;
    }

    /// <summary>Most reviews per ONNX Runtime call; longer lists are scored chunk by chunk.</summary>
    public int BatchSize { get; }

    /// <summary>Scores one review (a batch of one). <see langword="null"/> is scored as an empty review.</summary>
    /// <param name="text">The review.</param>
    /// <exception cref="NonFiniteProbabilityException">The model gave NaN or infinity for it.</exception>
    public SentimentPrediction Predict(string? text) => Predict([text])[0];

    /// <summary>Scores reviews in chunks of <see cref="BatchSize"/>; results are in input order.</summary>
    /// <param name="texts">The reviews; a <see langword="null"/> element is scored as an empty review.</param>
    /// <exception cref="NonFiniteProbabilityException">The model gave NaN or infinity for some reviews; the others' predictions are in the exception.</exception>
    public IReadOnlyList<SentimentPrediction> Predict(IReadOnlyList<string?> texts)
    {
        ArgumentNullException.ThrowIfNull(texts);
        var encoded = new EncodedText[texts.Count];
        Parallel.For(0, texts.Count, i => encoded[i] = _encoder.Encode(texts[i] ?? string.Empty));
        return PredictEncoded(encoded);
    }

    /// <summary>Scores reviews already encoded by the model's <see cref="TextEncoder"/>, in chunks of <see cref="BatchSize"/>.</summary>
    /// <param name="encoded">The encoded reviews.</param>
    /// <exception cref="NonFiniteProbabilityException">The model gave NaN or infinity for some reviews; the others' predictions are in the exception.</exception>
    public IReadOnlyList<SentimentPrediction> PredictEncoded(IReadOnlyList<EncodedText> encoded) => PredictEncoded(encoded, PaddedChunks.CallCost);

    /// <summary><see cref="PredictEncoded(IReadOnlyList{EncodedText})"/> with another fixed cost per call (the benchmark that chose it).</summary>
    internal IReadOnlyList<SentimentPrediction> PredictEncoded(IReadOnlyList<EncodedText> encoded, int callCost)
    {
        ArgumentNullException.ThrowIfNull(encoded);
        var order = Enumerable.Range(0, encoded.Count).OrderBy(i => encoded[i].Length).ToArray();
        var lengths = order.Select(i => encoded[i].Length).ToArray();
        var results = new SentimentPrediction[encoded.Count];
        var start = 0;
        foreach (var end in PaddedChunks.Ends(lengths, BatchSize, callCost))
        {
            RunChunk(encoded, order.AsSpan(start, end - start), results);
            start = end;
        }

        ThrowIfNotFinite(results);
        return results;
    }

    /// <summary>A prediction with NaN or infinity is no prediction: report those reviews, keep the others.</summary>
    private static void ThrowIfNotFinite(SentimentPrediction[] results)
    {
        var failed = Enumerable.Range(0, results.Length).Where(i => !IsFinite(results[i])).ToArray();
        if (failed.Length > 0)
        {
            var first = results[failed[0]];
            var kept = results.Select(r => IsFinite(r) ? r : null).ToArray();
            throw new NonFiniteProbabilityException(failed, kept, first.Negative, first.Positive);
        }
    }

    private static bool IsFinite(SentimentPrediction prediction) => float.IsFinite(prediction.Negative) && float.IsFinite(prediction.Positive);

    /// <summary>Scores the reviews at <paramref name="rows"/> in one ONNX Runtime call and stores their results there.</summary>
    private void RunChunk(IReadOnlyList<EncodedText> encoded, ReadOnlySpan<int> rows, SentimentPrediction[] results)
    {
        var count = rows.Length;
        using var inputs = EncodedBatch.Create(encoded, rows);
        using var runOptions = new RunOptions();
        using var outputs = _session.Run(runOptions, EncodedBatch.InputNames, inputs.Values, OutputNames);
        var probabilities = outputs[0].GetTensorDataAsSpan<float>();
        for (var i = 0; i < count; i++)
        {
            var negative = probabilities[2 * i];
            var positive = probabilities[(2 * i) + 1];
            results[rows[i]] = new SentimentPrediction
            {
                Label = SentimentLabels.FromProbabilities(negative, positive),
                Negative = negative,
                Positive = positive,
            };
        }
    }
}
