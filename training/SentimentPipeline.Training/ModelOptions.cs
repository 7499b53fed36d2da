namespace SentimentPipeline.Training;

/// <summary>Shape of a <see cref="SentimentClassifier"/>.</summary>
/// <param name="VocabularySize">Rows of the embedding: vocabulary size including PAD (0) and UNK (1).</param>
/// <param name="EmbeddingSize">Width of a token embedding.</param>
/// <param name="HiddenSize">LSTM hidden size per direction.</param>
/// <param name="Layers">Stacked LSTM layers.</param>
/// <param name="Bidirectional">True for a BiLSTM (forward and backward features concatenated).</param>
/// <param name="Dropout">Dropout probability before the classifier (and between LSTM layers when there are several).</param>
/// <param name="EmbeddingDropout">Dropout probability on the token embeddings.</param>
/// <param name="MaxPooling">Give the classifier the maximum of the LSTM outputs over the real positions beside the final states.</param>
/// <param name="WideTokenFeatures">Token n-gram features of the wide path (<see cref="WideNGramPath"/>).</param>
/// <param name="WideCharFeatures">Character n-gram features of the wide path; both 0 = no wide path.</param>
/// <param name="DenseSize">Width of a dense ReLU layer between the deep features and the classifier; 0 = none.</param>
/// <param name="AttentionPooling">Give the classifier the attention-weighted sum of the LSTM outputs over the real positions too (after the maximum).</param>
public sealed record ModelOptions(
    int VocabularySize,
    int EmbeddingSize = 128,
    int HiddenSize = 128,
    int Layers = 1,
    bool Bidirectional = true,
    double Dropout = 0.5,
    double EmbeddingDropout = 0,
    bool MaxPooling = false,
    int WideTokenFeatures = 0,
    int WideCharFeatures = 0,
    int DenseSize = 0,
    bool AttentionPooling = false)
{
    /// <summary>Number of LSTM directions (1 or 2).</summary>
    public int Directions => Bidirectional ? 2 : 1;

    /// <summary>Width of the features the classifier sees: <see cref="HiddenSize"/> × <see cref="Directions"/> for the final states, and as much again for each pooling.</summary>
    public int FeatureSize => HiddenSize * Directions * (1 + (MaxPooling ? 1 : 0) + (AttentionPooling ? 1 : 0));

    /// <summary>Whether the model has the wide n-gram path.</summary>
    public bool HasWide => WideTokenFeatures + WideCharFeatures > 0;

    /// <summary>Throws <see cref="ArgumentOutOfRangeException"/> naming the first invalid option.</summary>
    public void Validate()
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(VocabularySize, 2, nameof(VocabularySize));
        ArgumentOutOfRangeException.ThrowIfLessThan(EmbeddingSize, 1, nameof(EmbeddingSize));
        ArgumentOutOfRangeException.ThrowIfLessThan(HiddenSize, 1, nameof(HiddenSize));
        ArgumentOutOfRangeException.ThrowIfLessThan(Layers, 1, nameof(Layers));
        ArgumentOutOfRangeException.ThrowIfNegative(WideTokenFeatures, nameof(WideTokenFeatures));
        ArgumentOutOfRangeException.ThrowIfNegative(WideCharFeatures, nameof(WideCharFeatures));
        ArgumentOutOfRangeException.ThrowIfNegative(DenseSize, nameof(DenseSize));
        foreach (var (name, value) in new[] { (nameof(Dropout), Dropout), (nameof(EmbeddingDropout), EmbeddingDropout) })
        {
            if (value is < 0 or >= 1 || double.IsNaN(value))
            {
                throw new ArgumentOutOfRangeException(name, value, $"{name} must be in [0, 1).");
            }
        }
    }
}
