using Microsoft.ML.OnnxRuntime;
using SentimentPipeline.Preprocessing;

namespace SentimentPipeline.Prediction;

/// <summary>
/// The model's three inputs for some encoded reviews as ONNX Runtime values: <c>token_ids</c> [rows, longest],
/// <c>lengths</c> [rows] and <c>char_ids</c> [rows, most characters], each review's ids copied up to the longest
/// review of the batch (the rest of its fixed-length arrays is PAD and not needed).
/// </summary>
internal sealed class EncodedBatch : IDisposable
{
    public static readonly string[] InputNames = [SentimentColumnNames.TokenIds, SentimentColumnNames.Lengths, SentimentColumnNames.CharIds];

    private EncodedBatch(OrtValue tokenIds, OrtValue lengths, OrtValue charIds) => Values = [tokenIds, lengths, charIds];

    /// <summary>The inputs in <see cref="InputNames"/> order.</summary>
    public OrtValue[] Values { get; }

    /// <summary>The inputs of the reviews at <paramref name="rows"/> of <paramref name="encoded"/>, in that order.</summary>
    public static EncodedBatch Create(IReadOnlyList<EncodedText> encoded, ReadOnlySpan<int> rows)
    {
        var count = rows.Length;
        var sequence = 1;
        var characters = 1;
        foreach (var row in rows)
        {
            sequence = Math.Max(sequence, encoded[row].Length);
            characters = Math.Max(characters, encoded[row].CharLength);
        }

        var ids = new long[count * sequence];
        var charIds = new long[count * characters];
        var lengths = new int[count];
        for (var i = 0; i < count; i++)
        {
            var review = encoded[rows[i]];
            Array.Copy(review.Ids, 0, ids, i * sequence, sequence);
            Array.Copy(review.CharIds, 0, charIds, i * characters, characters);
            lengths[i] = review.Length;
        }

        return new EncodedBatch(
            OrtValue.CreateTensorValueFromMemory(ids, [count, sequence]),
            OrtValue.CreateTensorValueFromMemory(lengths, [count]),
            OrtValue.CreateTensorValueFromMemory(charIds, [count, characters]));
    }

    public void Dispose()
    {
        foreach (var value in Values)
        {
            value.Dispose();
        }
    }
}
