using SentimentPipeline.OnnxExport.Proto;
using SentimentPipeline.OnnxExport.Weights;
using SentimentPipeline.OnnxExport.Wide;
using static SentimentPipeline.OnnxExport.Graph.OnnxNodes;

namespace SentimentPipeline.OnnxExport.Graph;

/// <summary>
/// The wide path (<see cref="WideFeatureSet"/>) in standard operators, sparse: its cost follows the review's length,
/// not the feature count. Per group (token ids, character ids), each n-gram of the padded ids becomes one int64 key,
/// its ids as digits in base <c>vocabulary</c> (<see cref="NGramKeys"/>), or −1 where the window reaches PAD; TopK
/// sorts a row's keys descending, so that repeats sit side by side and PAD windows come last; ai.onnx.ml
/// <c>LabelEncoder</c> maps each key to its feature (an absent key, a repeat or a PAD window to the zero row); Gather
/// fetches per feature [idf · W, idf²] and CumSum adds them up in order. That gives the binary TF-IDF dot product
/// x · W and ‖x‖² in one pass, so logits = (x · W) / max(‖x‖₂, ε), summed over the groups, plus the bias. A review
/// scores to the same bits alone, in any batch and at any padded width.
/// </summary>
internal static class WideGraphBuilder
{
    /// <summary>Opset of the ai.onnx.ml domain the path needs (LabelEncoder with int64 keys and values).</summary>
    public const int MlOpsetVersion = 2;

    private const string NormFloor = "wide_norm_floor";
    private const string LastValue = "wide_last";
    private const string AxisOne = "wide_axis_1";
    private const string Zero = "wide_zero";
    private const string PadKey = "wide_pad_key";

    /// <summary>Adds the path; returns the name of its logits [batch, classes].</summary>
    public static string Add(GraphProto graph, SentimentModelWeights weights, string tokenIds, string charIds)
    {
        var wide = weights.Wide!;
        var classes = wide.Bias.Shape[0];
        var vocabulary = weights.Embedding.Shape[0];
        graph.Initializer.Add(OnnxTensors.Float(NormFloor, [1e-6f], 1));
        graph.Initializer.Add(OnnxTensors.Float(ModelParameterNames.WideBias, wide.Bias.Values, classes));
        graph.Initializer.Add(OnnxTensors.Int64(LastValue, long.MaxValue));
        graph.Initializer.Add(OnnxTensors.Int64(AxisOne, 1));
        graph.Initializer.Add(OnnxTensors.Int64(Zero, 0));
        graph.Initializer.Add(OnnxTensors.Int64(PadKey, -1));
        var terms = new List<string>();
        if (wide.TokenGrams.Count > 0)
        {
            terms.Add(AddGroup(graph, wide, tokenIds, "wide_tokens", wide.TokenGrams, firstFeature: 0, vocabulary));
        }

        if (wide.CharGrams.Count > 0)
        {
            terms.Add(AddGroup(graph, wide, charIds, "wide_chars", wide.CharGrams, firstFeature: wide.TokenGrams.Count, vocabulary));
        }

        terms.Add(ModelParameterNames.WideBias);
        graph.Node.Add(Node("Sum", "wide_logits", [.. terms], ["wide_logits"]));
        return "wide_logits";
    }

    private static string AddGroup(GraphProto graph, WidePathWeights wide, string ids, string prefix, NGramTable grams, int firstFeature, long vocabulary)
    {
        var classes = wide.Bias.Shape[0];
        var count = grams.Count;
        var keys = NGramKeys.Of(grams, vocabulary);
        graph.Initializer.Add(OnnxTensors.Float($"{prefix}_table", FeatureTable(wide, grams, firstFeature), count + 1, classes + 1));

        var windows = AddWindowKeys(graph, ids, prefix, grams.Width, vocabulary);
        // Sorted descending, a row's repeats are neighbours; only the first of each run counts (binary TF).
        graph.Node.Add(Node("Shape", $"{prefix}_key_count", [windows], [$"{prefix}_key_count"], Int("start", 1), Int("end", 2)));
        graph.Node.Add(Node("TopK", $"{prefix}_sort", [windows, $"{prefix}_key_count"], [$"{prefix}_sorted", $"{prefix}_sorted_positions"], Int("axis", 1)));
        graph.Node.Add(MlNode("LabelEncoder", $"{prefix}_lookup", [$"{prefix}_sorted"], [$"{prefix}_features"],
            Ints("keys_int64s", keys),
            Ints("values_int64s", [.. Enumerable.Range(0, count).Select(i => (long)i)]),
            Int("default_int64", count)));
        AddSlice(graph, $"{prefix}_sorted", $"{prefix}_previous", start: 0, end: -1);
        AddSlice(graph, $"{prefix}_sorted", $"{prefix}_following", start: 1, end: long.MaxValue);
        AddSlice(graph, $"{prefix}_features", $"{prefix}_first_feature", start: 0, end: 1);
        AddSlice(graph, $"{prefix}_features", $"{prefix}_following_features", start: 1, end: long.MaxValue);
        graph.Initializer.Add(OnnxTensors.Int64($"{prefix}_zero_row", count));
        graph.Node.Add(Node("Equal", $"{prefix}_repeat", [$"{prefix}_following", $"{prefix}_previous"], [$"{prefix}_repeat"]));
        graph.Node.Add(Node("Where", $"{prefix}_counted_following", [$"{prefix}_repeat", $"{prefix}_zero_row", $"{prefix}_following_features"], [$"{prefix}_counted_following"]));
        graph.Node.Add(Node("Concat", $"{prefix}_counted", [$"{prefix}_first_feature", $"{prefix}_counted_following"], [$"{prefix}_counted"], Int("axis", 1)));

        graph.Node.Add(Node("Gather", $"{prefix}_rows", [$"{prefix}_table", $"{prefix}_counted"], [$"{prefix}_rows"], Int("axis", 0)));
        // Summed in order (CumSum, then its last element): the real windows lead the sorted keys and the PAD ones
        // trail as zero rows, so a review's sums are the same bits whatever the padded width or the batch. MatMul or
        // ReduceSum group the additions by the tensor's shape, which the batch decides.
        graph.Node.Add(Node("CumSum", $"{prefix}_running", [$"{prefix}_rows", AxisOne], [$"{prefix}_running"]));
        AddSlice(graph, $"{prefix}_running", $"{prefix}_total", start: -1, end: long.MaxValue);
        graph.Node.Add(Node("Squeeze", $"{prefix}_sums", [$"{prefix}_total", AxisOne], [$"{prefix}_sums"]));
        AddSlice(graph, $"{prefix}_sums", $"{prefix}_numerator", start: 0, end: classes);
        AddSlice(graph, $"{prefix}_sums", $"{prefix}_squared_norm", start: classes, end: classes + 1);
        graph.Node.Add(Node("Sqrt", $"{prefix}_norm", [$"{prefix}_squared_norm"], [$"{prefix}_norm"]));
        graph.Node.Add(Node("Max", $"{prefix}_norm_floored", [$"{prefix}_norm", NormFloor], [$"{prefix}_norm_floored"]));
        graph.Node.Add(Node("Div", $"{prefix}_logits", [$"{prefix}_numerator", $"{prefix}_norm_floored"], [$"{prefix}_logits"]));
        return $"{prefix}_logits";
    }

    // Row f: idf_f · W_f (one per class), then idf_f², the feature's share of ‖x‖² (x_f is idf_f or 0). The last row,
    // where absent keys and repeats land, is zero.
    private static float[] FeatureTable(WidePathWeights wide, NGramTable grams, int firstFeature)
    {
        var classes = wide.Bias.Shape[0];
        var table = new float[(grams.Count + 1) * (classes + 1)];
        for (var f = 0; f < grams.Count; f++)
        {
            var idf = wide.Idf.Values[firstFeature + f];
            var row = f * (classes + 1);
            for (var c = 0; c < classes; c++)
            {
                table[row + c] = idf * wide.Weights.Values[((firstFeature + f) * classes) + c];
            }

            table[row + classes] = idf * idf;
        }

        return table;
    }

    // The keys of every window of 1 … width ids of each row, concatenated: [batch, Σ (sequence − n + 1)].
    // Key = Horner's sum of the window's ids in base vocabulary, as NGramKeys computes it for the features.
    private static string AddWindowKeys(GraphProto graph, string ids, string prefix, int width, long vocabulary)
    {
        graph.Initializer.Add(OnnxTensors.Int64($"{prefix}_base", vocabulary));
        var orders = new string[width];
        for (var order = 1; order <= width; order++)
        {
            var key = "";
            for (var digit = 0; digit < order; digit++)
            {
                // Digit d of an n-gram starting at i is ids[i + d]: the slice [d, length − (n − 1 − d)).
                var trailing = order - 1 - digit;
                var slice = $"{prefix}_n{order}_d{digit}";
                AddSlice(graph, ids, slice, start: digit, end: trailing == 0 ? long.MaxValue : -trailing);
                if (digit == 0)
                {
                    key = slice;
                    continue;
                }

                graph.Node.Add(Node("Mul", $"{slice}_shifted", [key, $"{prefix}_base"], [$"{slice}_shifted"]));
                graph.Node.Add(Node("Add", $"{slice}_key", [$"{slice}_shifted", slice], [$"{slice}_key"]));
                key = $"{slice}_key";
            }

            // PAD comes only after the real ids, so a window holds PAD exactly when its last id is PAD. Its key
            // becomes −1: below every real key, so that PAD windows sort last.
            var lastDigit = $"{prefix}_n{order}_d{order - 1}";
            graph.Node.Add(Node("Equal", $"{prefix}_n{order}_pad", [lastDigit, Zero], [$"{prefix}_n{order}_pad"]));
            graph.Node.Add(Node("Where", $"{prefix}_n{order}_keys", [$"{prefix}_n{order}_pad", PadKey, key], [$"{prefix}_n{order}_keys"]));
            orders[order - 1] = $"{prefix}_n{order}_keys";
        }

        if (width == 1)
        {
            return orders[0];
        }

        graph.Node.Add(Node("Concat", $"{prefix}_keys", orders, [$"{prefix}_keys"], Int("axis", 1)));
        return $"{prefix}_keys";
    }

    private static void AddSlice(GraphProto graph, string input, string output, long start, long end)
    {
        graph.Initializer.Add(OnnxTensors.Int64($"{output}_start", start));
        var endName = end == long.MaxValue ? LastValue : $"{output}_end";
        if (end != long.MaxValue)
        {
            graph.Initializer.Add(OnnxTensors.Int64(endName, end));
        }

        graph.Node.Add(Node("Slice", output, [input, $"{output}_start", endName, AxisOne], [output]));
    }
}
