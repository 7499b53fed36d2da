using Microsoft.ML.OnnxRuntime;
using SentimentPipeline.Preprocessing;

namespace SentimentPipeline.Prediction;

/// <summary>
/// The fast path for many reviews: encodes a chunk of reviews (in parallel) and runs ONNX Runtime once on the whole
/// [batch, sequence] tensor, where ML.NET's OnnxTransformer runs one row per call. The sequence axis is cut to the
/// longest review of the chunk; with <c>sequence_lens</c> the padding beyond a review's length never reaches its result.
/// Thread-safe: <see cref="InferenceSession.Run(IReadOnlyCollection{NamedOnnxValue})"/> may be called concurrently.
/// </summary>
public sealed class SentimentBatchPredictor
{
    private static readonly string[] InputNames = [SentimentColumnNames.TokenIds, SentimentColumnNames.Lengths];
    private static readonly string[] OutputNames = [SentimentColumnNames.Probabilities];

    private readonly InferenceSession _session;
    private readonly TextEncoder _encoder;

    internal SentimentBatchPredictor(InferenceSession session, TextEncoder encoder, int batchSize)
    {
        _session = session;
        _encoder = encoder;
        BatchSize = batchSize;
    }

    /// <summary>Reviews per ONNX Runtime call; longer lists are scored chunk by chunk.</summary>
    public int BatchSize { get; }

    /// <summary>Scores one review (a batch of one). <see langword="null"/> is scored as an empty review.</summary>
    /// <param name="text">The review.</param>
    public SentimentPrediction Predict(string? text) => Predict([text])[0];

    /// <summary>Scores reviews in chunks of <see cref="BatchSize"/>; results are in input order.</summary>
    /// <param name="texts">The reviews; a <see langword="null"/> element is scored as an empty review.</param>
    public IReadOnlyList<SentimentPrediction> Predict(IReadOnlyList<string?> texts)
    {
        ArgumentNullException.ThrowIfNull(texts);
        var encoded = new EncodedText[texts.Count];
        Parallel.For(0, texts.Count, i => encoded[i] = _encoder.Encode(texts[i] ?? string.Empty));
        return PredictEncoded(encoded);
    }

    /// <summary>Scores reviews already encoded by the model's <see cref="TextEncoder"/>, in chunks of <see cref="BatchSize"/>.</summary>
    /// <param name="encoded">The encoded reviews.</param>
    public IReadOnlyList<SentimentPrediction> PredictEncoded(IReadOnlyList<EncodedText> encoded)
    {
        ArgumentNullException.ThrowIfNull(encoded);
        var results = new SentimentPrediction[encoded.Count];
        for (var start = 0; start < encoded.Count; start += BatchSize)
        {
            RunChunk(encoded, start, Math.Min(BatchSize, encoded.Count - start), results);
        }

        return results;
    }

    private void RunChunk(IReadOnlyList<EncodedText> encoded, int start, int count, SentimentPrediction[] results)
    {
        var sequence = 1;
        for (var i = 0; i < count; i++)
        {
            sequence = Math.Max(sequence, encoded[start + i].Length);
        }

        var ids = new long[count * sequence];
        var lengths = new int[count];
        for (var i = 0; i < count; i++)
        {
            var review = encoded[start + i];
            Array.Copy(review.Ids, 0, ids, i * sequence, sequence);
            lengths[i] = review.Length;
        }

        using var idsValue = OrtValue.CreateTensorValueFromMemory(ids, [count, sequence]);
        using var lengthsValue = OrtValue.CreateTensorValueFromMemory(lengths, [count]);
        using var runOptions = new RunOptions();
        using var outputs = _session.Run(runOptions, InputNames, [idsValue, lengthsValue], OutputNames);
        var probabilities = outputs[0].GetTensorDataAsSpan<float>();
        for (var i = 0; i < count; i++)
        {
            var negative = probabilities[2 * i];
            var positive = probabilities[(2 * i) + 1];
            results[start + i] = new SentimentPrediction
            {
                Label = SentimentLabels.FromProbabilities(negative, positive),
                Negative = negative,
                Positive = positive,
            };
        }
    }
}
