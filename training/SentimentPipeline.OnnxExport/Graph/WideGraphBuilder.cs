using SentimentPipeline.OnnxExport.Proto;
using SentimentPipeline.OnnxExport.Weights;
using SentimentPipeline.OnnxExport.Wide;
using static SentimentPipeline.OnnxExport.Graph.OnnxNodes;

namespace SentimentPipeline.OnnxExport.Graph;

/// <summary>
/// The wide path (<see cref="WideNGrams"/>) in standard operators: per n-gram family, Slice the PAD-extended ids,
/// hash with Mul/Add/Mod, look up idf and weights with Gather, count each n-gram's term frequency in its review
/// with Equal/ReduceSum, and sum (1 + ln tf)·idf/tf-weighted weights; each group is divided by its L2 norm.
/// </summary>
internal static class WideGraphBuilder
{
    private const string VocabularySize = "wide_vocabulary_size";
    private const string SaltCount = "wide_salt_count";
    private const string Buckets = "wide_buckets";
    private const string LastSpecialId = "wide_last_special_id";
    private const string One = "wide_one";
    private const string NormFloor = "wide_norm_floor";
    private const string Pads = "wide_pads";
    private const string AxisOne = "wide_axis_1";
    private const string AxisTwo = "wide_axis_2";

    /// <summary>Adds the path; returns the name of its logits [batch, classes].</summary>
    public static string Add(GraphProto graph, SentimentModelWeights weights, string tokenIds, string charIds)
    {
        var wideWeights = weights.WideWeights!;
        var idf = weights.WideIdf!;
        graph.Initializer.Add(OnnxTensors.Float(ModelParameterNames.WideWeights, wideWeights.Values, wideWeights.Shape[0], wideWeights.Shape[1]));
        graph.Initializer.Add(OnnxTensors.Float(ModelParameterNames.WideIdf, idf.Values, idf.Shape[0]));
        graph.Initializer.Add(OnnxTensors.Int64(VocabularySize, weights.Embedding.Shape[0]));
        graph.Initializer.Add(OnnxTensors.Int64(SaltCount, WideNGrams.SaltCount));
        graph.Initializer.Add(OnnxTensors.Int64(Buckets, wideWeights.Shape[0]));
        graph.Initializer.Add(OnnxTensors.Int64(LastSpecialId, WideNGrams.LastSpecialId));
        graph.Initializer.Add(OnnxTensors.Float(One, [1f], 1));
        graph.Initializer.Add(OnnxTensors.Float(NormFloor, [1e-6f], 1));
        graph.Initializer.Add(OnnxTensors.Int64(Pads, 0, 0, 0, WideNGrams.MaxOrder - 1));
        graph.Initializer.Add(OnnxTensors.Int64(AxisOne, 1));
        graph.Initializer.Add(OnnxTensors.Int64(AxisTwo, 2));

        var tokens = AddGroup(graph, tokenIds, "wide_tokens", overCharacters: false);
        var characters = AddGroup(graph, charIds, "wide_chars", overCharacters: true);
        graph.Node.Add(Node("Add", "wide_logits", [tokens, characters], ["wide_logits"]));
        return "wide_logits";
    }

    private static string AddGroup(GraphProto graph, string ids, string prefix, bool overCharacters)
    {
        var padded = $"{prefix}_padded";
        graph.Node.Add(Node("Pad", padded, [ids, Pads], [padded]));
        var numerators = new List<string>();
        var norms = new List<string>();
        foreach (var kind in WideNGrams.Kinds.Where(k => k.OverCharacters == overCharacters))
        {
            var (numerator, norm) = AddKind(graph, padded, $"{prefix}_{kind.Order}", kind);
            numerators.Add(numerator);
            norms.Add(norm);
        }

        var numeratorSum = Sum(graph, numerators, $"{prefix}_numerator");
        var normSum = Sum(graph, norms, $"{prefix}_squared_norm");
        graph.Node.Add(Node("Sqrt", $"{prefix}_norm", [normSum], [$"{prefix}_norm"]));
        graph.Node.Add(Node("Max", $"{prefix}_norm_floored", [$"{prefix}_norm", NormFloor], [$"{prefix}_norm_floored"]));
        graph.Node.Add(Node("Unsqueeze", $"{prefix}_norm_column", [$"{prefix}_norm_floored", AxisOne], [$"{prefix}_norm_column"]));
        graph.Node.Add(Node("Div", $"{prefix}_logits", [numeratorSum, $"{prefix}_norm_column"], [$"{prefix}_logits"]));
        return $"{prefix}_logits";
    }

    // Returns the family's Σ value/tf · w[bucket] [batch, classes] and Σ value²/tf [batch].
    private static (string Numerator, string Norm) AddKind(GraphProto graph, string padded, string prefix, NGramKind kind)
    {
        string? key = null;
        string? valid = null;
        for (var j = 0; j < kind.Order; j++)
        {
            // The padded row is MaxOrder − 1 longer than the input; position j of every n-gram runs j … j + length − 1.
            var shift = $"{prefix}_x{j}";
            var endFromBack = j - (WideNGrams.MaxOrder - 1);
            graph.Initializer.Add(OnnxTensors.Int64($"{shift}_start", j));
            graph.Initializer.Add(OnnxTensors.Int64($"{shift}_end", endFromBack == 0 ? long.MaxValue : endFromBack));
            graph.Node.Add(Node("Slice", shift, [padded, $"{shift}_start", $"{shift}_end", AxisOne], [shift]));
            graph.Node.Add(Node("Greater", $"{shift}_real", [shift, LastSpecialId], [$"{shift}_real"]));
            if (key is null)
            {
                (key, valid) = (shift, $"{shift}_real");
                continue;
            }

            graph.Node.Add(Node("Mul", $"{shift}_key_shifted", [key, VocabularySize], [$"{shift}_key_shifted"]));
            graph.Node.Add(Node("Add", $"{shift}_key", [$"{shift}_key_shifted", shift], [$"{shift}_key"]));
            graph.Node.Add(Node("And", $"{shift}_valid", [valid!, $"{shift}_real"], [$"{shift}_valid"]));
            (key, valid) = ($"{shift}_key", $"{shift}_valid");
        }

        graph.Initializer.Add(OnnxTensors.Int64($"{prefix}_salt", kind.Salt));
        graph.Node.Add(Node("Mul", $"{prefix}_salted_base", [key!, SaltCount], [$"{prefix}_salted_base"]));
        graph.Node.Add(Node("Add", $"{prefix}_salted", [$"{prefix}_salted_base", $"{prefix}_salt"], [$"{prefix}_salted"]));
        graph.Node.Add(Node("Mod", $"{prefix}_bucket", [$"{prefix}_salted", Buckets], [$"{prefix}_bucket"]));
        graph.Node.Add(Node("Cast", $"{prefix}_mask", [valid!], [$"{prefix}_mask"], Int("to", (long)TensorProto.Types.DataType.Float)));

        graph.Node.Add(Node("Gather", $"{prefix}_idf_all", [ModelParameterNames.WideIdf, $"{prefix}_bucket"], [$"{prefix}_idf_all"], Int("axis", 0)));
        graph.Node.Add(Node("Mul", $"{prefix}_idf", [$"{prefix}_idf_all", $"{prefix}_mask"], [$"{prefix}_idf"]));

        // tf of position i: how many real positions of the review hold the same bucket.
        graph.Node.Add(Node("Unsqueeze", $"{prefix}_bucket_rows", [$"{prefix}_bucket", AxisTwo], [$"{prefix}_bucket_rows"]));
        graph.Node.Add(Node("Unsqueeze", $"{prefix}_bucket_columns", [$"{prefix}_bucket", AxisOne], [$"{prefix}_bucket_columns"]));
        graph.Node.Add(Node("Equal", $"{prefix}_same", [$"{prefix}_bucket_rows", $"{prefix}_bucket_columns"], [$"{prefix}_same"]));
        graph.Node.Add(Node("Cast", $"{prefix}_same_float", [$"{prefix}_same"], [$"{prefix}_same_float"], Int("to", (long)TensorProto.Types.DataType.Float)));
        graph.Node.Add(Node("Unsqueeze", $"{prefix}_mask_columns", [$"{prefix}_mask", AxisOne], [$"{prefix}_mask_columns"]));
        graph.Node.Add(Node("Mul", $"{prefix}_same_real", [$"{prefix}_same_float", $"{prefix}_mask_columns"], [$"{prefix}_same_real"]));
        graph.Node.Add(Node("ReduceSum", $"{prefix}_tf_raw", [$"{prefix}_same_real", AxisTwo], [$"{prefix}_tf_raw"], Int("keepdims", 0)));
        graph.Node.Add(Node("Max", $"{prefix}_tf", [$"{prefix}_tf_raw", One], [$"{prefix}_tf"]));

        graph.Node.Add(Node("Log", $"{prefix}_log_tf", [$"{prefix}_tf"], [$"{prefix}_log_tf"]));
        graph.Node.Add(Node("Add", $"{prefix}_sublinear", [$"{prefix}_log_tf", One], [$"{prefix}_sublinear"]));
        graph.Node.Add(Node("Mul", $"{prefix}_value", [$"{prefix}_idf", $"{prefix}_sublinear"], [$"{prefix}_value"]));
        graph.Node.Add(Node("Div", $"{prefix}_per_occurrence", [$"{prefix}_value", $"{prefix}_tf"], [$"{prefix}_per_occurrence"]));

        graph.Node.Add(Node("Gather", $"{prefix}_weights", [ModelParameterNames.WideWeights, $"{prefix}_bucket"], [$"{prefix}_weights"], Int("axis", 0)));
        graph.Node.Add(Node("Unsqueeze", $"{prefix}_per_occurrence_column", [$"{prefix}_per_occurrence", AxisTwo], [$"{prefix}_per_occurrence_column"]));
        graph.Node.Add(Node("Mul", $"{prefix}_weighted", [$"{prefix}_weights", $"{prefix}_per_occurrence_column"], [$"{prefix}_weighted"]));
        graph.Node.Add(Node("ReduceSum", $"{prefix}_numerator", [$"{prefix}_weighted", AxisOne], [$"{prefix}_numerator"], Int("keepdims", 0)));

        graph.Node.Add(Node("Mul", $"{prefix}_squared", [$"{prefix}_value", $"{prefix}_per_occurrence"], [$"{prefix}_squared"]));
        graph.Node.Add(Node("ReduceSum", $"{prefix}_norm", [$"{prefix}_squared", AxisOne], [$"{prefix}_norm"], Int("keepdims", 0)));
        return ($"{prefix}_numerator", $"{prefix}_norm");
    }

    private static string Sum(GraphProto graph, List<string> terms, string name)
    {
        graph.Node.Add(Node("Sum", name, [.. terms], [name]));
        return name;
    }
}
