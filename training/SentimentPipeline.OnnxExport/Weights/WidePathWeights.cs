using SentimentPipeline.OnnxExport.Wide;

namespace SentimentPipeline.OnnxExport.Weights;

/// <summary>The wide n-gram path (<see cref="WideFeatureSet"/>): its features and its linear model.</summary>
/// <param name="TokenGrams"><c>wide.token_grams</c>: the token n-gram features, in feature order.</param>
/// <param name="CharGrams"><c>wide.char_grams</c>: the character n-gram features (numbered after the token ones).</param>
/// <param name="Idf"><c>wide.idf</c>: [token + character features].</param>
/// <param name="Weights"><c>wide.weights</c>: [token + character features, classes].</param>
/// <param name="Bias"><c>wide.bias</c>: [classes].</param>
public sealed record WidePathWeights(NGramTable TokenGrams, NGramTable CharGrams, WeightTensor Idf, WeightTensor Weights, WeightTensor Bias);
