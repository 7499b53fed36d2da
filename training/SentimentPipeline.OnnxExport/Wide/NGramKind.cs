namespace SentimentPipeline.OnnxExport.Wide;

/// <summary>One family of hashed n-gram features of the wide path.</summary>
/// <param name="OverCharacters">True for character n-grams (the char_ids input), false for token n-grams.</param>
/// <param name="Order">n: how many consecutive ids form one n-gram.</param>
/// <param name="Salt">Distinguishes families with equal ids in the hash (0 ≤ salt &lt; <see cref="WideNGrams.SaltCount"/>).</param>
public sealed record NGramKind(bool OverCharacters, int Order, int Salt);
