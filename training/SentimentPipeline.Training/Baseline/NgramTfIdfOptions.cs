namespace SentimentPipeline.Training.Baseline;

/// <summary>
/// What <see cref="NgramTfIdfFeaturizer"/> extracts. The defaults are the classic strong baseline: word 1–2-grams
/// of the jieba tokens and character 1–3-grams of the tokens joined by single spaces, each n-gram kept when it
/// occurs in at least two training reviews, sublinear TF (1 + ln tf) × smoothed IDF, each block L2-normalised.
/// </summary>
/// <param name="WordNgramLength">Longest word n-gram (all shorter ones included); 0 = no word block.</param>
/// <param name="CharNgramLength">Longest character n-gram (all shorter ones included); 0 = no character block.</param>
/// <param name="MinDocumentFrequency">Training reviews an n-gram must occur in to become a feature.</param>
/// <param name="SublinearTf">Use 1 + ln(count) instead of the raw count.</param>
public sealed record NgramTfIdfOptions(
    int WordNgramLength = 2,
    int CharNgramLength = 3,
    int MinDocumentFrequency = 2,
    bool SublinearTf = true)
{
    /// <summary>Throws <see cref="ArgumentOutOfRangeException"/> naming the first invalid option.</summary>
    public void Validate()
    {
        ArgumentOutOfRangeException.ThrowIfNegative(WordNgramLength, nameof(WordNgramLength));
        ArgumentOutOfRangeException.ThrowIfNegative(CharNgramLength, nameof(CharNgramLength));
        ArgumentOutOfRangeException.ThrowIfLessThan(MinDocumentFrequency, 1, nameof(MinDocumentFrequency));
        if (WordNgramLength == 0 && CharNgramLength == 0)
        {
            throw new ArgumentOutOfRangeException(nameof(WordNgramLength), "At least one of WordNgramLength and CharNgramLength must be positive.");
        }
    }
}
