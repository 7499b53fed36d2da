namespace SentimentPipeline.Training;

/// <summary>Shape of a <see cref="SentimentClassifier"/>.</summary>
/// <param name="VocabularySize">Rows of the embedding: vocabulary size including PAD (0) and UNK (1).</param>
/// <param name="EmbeddingSize">Width of a token embedding.</param>
/// <param name="HiddenSize">LSTM hidden size per direction.</param>
/// <param name="Layers">Stacked LSTM layers.</param>
/// <param name="Bidirectional">True for a BiLSTM (forward and backward features concatenated).</param>
/// <param name="Dropout">Dropout probability before the classifier (and between LSTM layers when there are several).</param>
/// <param name="DenseSize">Width of a dense ReLU layer between the LSTM features and the classifier; 0 = none.</param>
public sealed record ModelOptions(
    int VocabularySize,
    int EmbeddingSize = 128,
    int HiddenSize = 128,
    int Layers = 1,
    bool Bidirectional = true,
    double Dropout = 0.5,
    int DenseSize = 0)
{
    /// <summary>Number of LSTM directions (1 or 2).</summary>
    public int Directions => Bidirectional ? 2 : 1;

    /// <summary>Width of the features the classifier sees: <see cref="HiddenSize"/> × <see cref="Directions"/>.</summary>
    public int FeatureSize => HiddenSize * Directions;

    /// <summary>Throws <see cref="ArgumentOutOfRangeException"/> naming the first invalid option.</summary>
    public void Validate()
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(VocabularySize, 2, nameof(VocabularySize));
        ArgumentOutOfRangeException.ThrowIfLessThan(EmbeddingSize, 1, nameof(EmbeddingSize));
        ArgumentOutOfRangeException.ThrowIfLessThan(HiddenSize, 1, nameof(HiddenSize));
        ArgumentOutOfRangeException.ThrowIfLessThan(Layers, 1, nameof(Layers));
        ArgumentOutOfRangeException.ThrowIfNegative(DenseSize, nameof(DenseSize));
        if (Dropout is < 0 or >= 1 || double.IsNaN(Dropout))
        {
            throw new ArgumentOutOfRangeException(nameof(Dropout), Dropout, "Dropout must be in [0, 1).");
        }
    }
}
