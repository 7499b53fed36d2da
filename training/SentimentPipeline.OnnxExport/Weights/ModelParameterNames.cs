namespace SentimentPipeline.OnnxExport.Weights;

/// <summary>
/// Names of the trained model's parameters, as the TorchSharp module registers them. Used in error messages and
/// by the code that copies a trained module into <see cref="SentimentModelWeights"/>.
/// </summary>
public static class ModelParameterNames
{
    /// <summary>The embedding matrix.</summary>
    public const string Embedding = "embedding.weight";

    /// <summary>The optional dense ReLU layer's weight.</summary>
    public const string DenseWeight = "dense.weight";

    /// <summary>The optional dense ReLU layer's bias.</summary>
    public const string DenseBias = "dense.bias";

    /// <summary>The attention pooling's projection weight W.</summary>
    public const string AttentionProjectionWeight = "attention_projection.weight";

    /// <summary>The attention pooling's projection bias b.</summary>
    public const string AttentionProjectionBias = "attention_projection.bias";

    /// <summary>The attention pooling's score vector v (no bias: a constant shift changes no softmax).</summary>
    public const string AttentionScoreWeight = "attention_score.weight";

    /// <summary>The linear layer's weight.</summary>
    public const string ClassifierWeight = "classifier.weight";

    /// <summary>The linear layer's bias.</summary>
    public const string ClassifierBias = "classifier.bias";

    /// <summary>The wide path's per-feature weights.</summary>
    public const string WideWeights = "wide.weights";

    /// <summary>The wide path's bias.</summary>
    public const string WideBias = "wide.bias";

    /// <summary>The wide path's per-feature idf (a buffer, not trained).</summary>
    public const string WideIdf = "wide.idf";

    /// <summary>The wide path's token n-grams (a buffer).</summary>
    public const string WideTokenGrams = "wide.token_grams";

    /// <summary>The wide path's character n-grams (a buffer).</summary>
    public const string WideCharGrams = "wide.char_grams";

    /// <summary><c>lstm.weight_ih_l{layer}[_reverse]</c>.</summary>
    public static string InputWeights(int layer, bool reverse) => Lstm("weight_ih", layer, reverse);

    /// <summary><c>lstm.weight_hh_l{layer}[_reverse]</c>.</summary>
    public static string HiddenWeights(int layer, bool reverse) => Lstm("weight_hh", layer, reverse);

    /// <summary><c>lstm.bias_ih_l{layer}[_reverse]</c>.</summary>
    public static string InputBias(int layer, bool reverse) => Lstm("bias_ih", layer, reverse);

    /// <summary><c>lstm.bias_hh_l{layer}[_reverse]</c>.</summary>
    public static string HiddenBias(int layer, bool reverse) => Lstm("bias_hh", layer, reverse);

    private static string Lstm(string kind, int layer, bool reverse) =>
        FormattableString.Invariant($"lstm.{kind}_l{layer}{(reverse ? "_reverse" : "")}");
}
