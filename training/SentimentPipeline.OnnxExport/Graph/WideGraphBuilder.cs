using SentimentPipeline.OnnxExport.Proto;
using SentimentPipeline.OnnxExport.Weights;
using SentimentPipeline.OnnxExport.Wide;
using static SentimentPipeline.OnnxExport.Graph.OnnxNodes;

namespace SentimentPipeline.OnnxExport.Graph;

/// <summary>
/// The wide path (<see cref="WideFeatureSet"/>) in standard operators. Per group (token ids, character ids) the
/// standard <c>TfIdfVectorizer</c> (mode TF, contiguous n-grams, the group's n-grams as its pool) counts each feature
/// in each review: tf [batch, features]. Then s = (1 + ln tf) where tf &gt; 0, else 0 (Min/Max/Log/Add/Mul), and
/// with the idf folded into the initializers, logits = (s · (idf ⊙ W)) / max(√(s² · idf²), ε) — the L2-normalised
/// TF-IDF vector times W — summed over the groups, plus the bias.
/// </summary>
internal static class WideGraphBuilder
{
    private const string One = "wide_one";
    private const string NormFloor = "wide_norm_floor";

    /// <summary>Adds the path; returns the name of its logits [batch, classes].</summary>
    public static string Add(GraphProto graph, SentimentModelWeights weights, string tokenIds, string charIds)
    {
        var wide = weights.Wide!;
        var classes = wide.Bias.Shape[0];
        graph.Initializer.Add(OnnxTensors.Float(One, [1f], 1));
        graph.Initializer.Add(OnnxTensors.Float(NormFloor, [1e-6f], 1));
        graph.Initializer.Add(OnnxTensors.Float(ModelParameterNames.WideBias, wide.Bias.Values, classes));
        var terms = new List<string>();
        if (wide.TokenGrams.Count > 0)
        {
            terms.Add(AddGroup(graph, wide, tokenIds, "wide_tokens", wide.TokenGrams, firstFeature: 0));
        }

        if (wide.CharGrams.Count > 0)
        {
            terms.Add(AddGroup(graph, wide, charIds, "wide_chars", wide.CharGrams, firstFeature: wide.TokenGrams.Count));
        }

        terms.Add(ModelParameterNames.WideBias);
        graph.Node.Add(Node("Sum", "wide_logits", [.. terms], ["wide_logits"]));
        return "wide_logits";
    }

    private static string AddGroup(GraphProto graph, WidePathWeights wide, string ids, string prefix, NGramTable grams, int firstFeature)
    {
        var classes = wide.Bias.Shape[0];
        var count = grams.Count;
        var idfWeights = new float[count * classes];
        var idfSquared = new float[count];
        for (var f = 0; f < count; f++)
        {
            var idf = wide.Idf.Values[firstFeature + f];
            idfSquared[f] = idf * idf;
            for (var c = 0; c < classes; c++)
            {
                idfWeights[(f * classes) + c] = idf * wide.Weights.Values[((firstFeature + f) * classes) + c];
            }
        }

        graph.Initializer.Add(OnnxTensors.Float($"{prefix}_idf_weights", idfWeights, count, classes));
        graph.Initializer.Add(OnnxTensors.Float($"{prefix}_idf_squared", idfSquared, count, 1));
        graph.Node.Add(Node("TfIdfVectorizer", $"{prefix}_tf", [ids], [$"{prefix}_tf"],
            String("mode", "TF"),
            Int("min_gram_length", 1),
            Int("max_gram_length", grams.Width),
            Int("max_skip_count", 0),
            Ints("ngram_counts", PoolStarts(grams)),
            Ints("ngram_indexes", [.. Enumerable.Range(0, count).Select(i => (long)i)]),
            Ints("pool_int64s", [.. Enumerable.Range(0, count).SelectMany(row => grams.Gram(row).ToArray())])));

        graph.Node.Add(Node("Min", $"{prefix}_present", [$"{prefix}_tf", One], [$"{prefix}_present"]));
        graph.Node.Add(Node("Max", $"{prefix}_tf_floored", [$"{prefix}_tf", One], [$"{prefix}_tf_floored"]));
        graph.Node.Add(Node("Log", $"{prefix}_log_tf", [$"{prefix}_tf_floored"], [$"{prefix}_log_tf"]));
        graph.Node.Add(Node("Add", $"{prefix}_sublinear_all", [$"{prefix}_log_tf", One], [$"{prefix}_sublinear_all"]));
        graph.Node.Add(Node("Mul", $"{prefix}_sublinear", [$"{prefix}_sublinear_all", $"{prefix}_present"], [$"{prefix}_sublinear"]));

        graph.Node.Add(Node("MatMul", $"{prefix}_numerator", [$"{prefix}_sublinear", $"{prefix}_idf_weights"], [$"{prefix}_numerator"]));
        graph.Node.Add(Node("Mul", $"{prefix}_sublinear_squared", [$"{prefix}_sublinear", $"{prefix}_sublinear"], [$"{prefix}_sublinear_squared"]));
        graph.Node.Add(Node("MatMul", $"{prefix}_squared_norm", [$"{prefix}_sublinear_squared", $"{prefix}_idf_squared"], [$"{prefix}_squared_norm"]));
        graph.Node.Add(Node("Sqrt", $"{prefix}_norm", [$"{prefix}_squared_norm"], [$"{prefix}_norm"]));
        graph.Node.Add(Node("Max", $"{prefix}_norm_floored", [$"{prefix}_norm", NormFloor], [$"{prefix}_norm_floored"]));
        graph.Node.Add(Node("Div", $"{prefix}_logits", [$"{prefix}_numerator", $"{prefix}_norm_floored"], [$"{prefix}_logits"]));
        return $"{prefix}_logits";
    }

    // TfIdfVectorizer's ngram_counts: for n = 1 … width, the offset in pool_int64s where the n-grams start.
    private static long[] PoolStarts(NGramTable grams)
    {
        var starts = new long[grams.Width];
        long offset = 0;
        var row = 0;
        for (var order = 1; order <= grams.Width; order++)
        {
            starts[order - 1] = offset;
            while (row < grams.Count && grams.OrderOf(row) == order)
            {
                offset += order;
                row++;
            }
        }

        return starts;
    }
}
