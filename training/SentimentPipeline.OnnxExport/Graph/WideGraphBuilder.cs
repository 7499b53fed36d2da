using SentimentPipeline.OnnxExport.Proto;
using SentimentPipeline.OnnxExport.Weights;
using SentimentPipeline.OnnxExport.Wide;
using static SentimentPipeline.OnnxExport.Graph.OnnxNodes;

namespace SentimentPipeline.OnnxExport.Graph;

/// <summary>
/// The wide path (<see cref="WideFeatureSet"/>) in standard operators. Per group (token ids, character ids) the
/// standard <c>TfIdfVectorizer</c> (mode IDF: a feature's idf where the review contains it, else 0; contiguous
/// n-grams; the group's n-grams as its pool) gives x [batch, features] in one O(length) pass; then
/// logits = (x · W) / max(‖x‖₂, ε) (MatMul, ReduceSumSquare, Sqrt, Max, Div), summed over the groups, plus the bias.
/// The op's output is dense, so the feature count sets the cost: three passes over [batch, features].
/// </summary>
internal static class WideGraphBuilder
{
    private const string NormFloor = "wide_norm_floor";

    /// <summary>Adds the path; returns the name of its logits [batch, classes].</summary>
    public static string Add(GraphProto graph, SentimentModelWeights weights, string tokenIds, string charIds)
    {
        var wide = weights.Wide!;
        var classes = wide.Bias.Shape[0];
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
        graph.Initializer.Add(OnnxTensors.Float($"{prefix}_weights", wide.Weights.Values[(firstFeature * classes)..((firstFeature + count) * classes)], count, classes));
        graph.Node.Add(Node("TfIdfVectorizer", $"{prefix}_tfidf", [ids], [$"{prefix}_tfidf"],
            String("mode", "IDF"),
            Int("min_gram_length", 1),
            Int("max_gram_length", grams.Width),
            Int("max_skip_count", 0),
            Ints("ngram_counts", PoolStarts(grams)),
            Ints("ngram_indexes", [.. Enumerable.Range(0, count).Select(i => (long)i)]),
            Ints("pool_int64s", [.. Enumerable.Range(0, count).SelectMany(row => grams.Gram(row).ToArray())]),
            Floats("weights", wide.Idf.Values[firstFeature..(firstFeature + count)])));

        graph.Node.Add(Node("MatMul", $"{prefix}_numerator", [$"{prefix}_tfidf", $"{prefix}_weights"], [$"{prefix}_numerator"]));
        graph.Node.Add(Node("ReduceSumSquare", $"{prefix}_squared_norm", [$"{prefix}_tfidf"], [$"{prefix}_squared_norm"], Ints("axes", 1), Int("keepdims", 1)));
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
