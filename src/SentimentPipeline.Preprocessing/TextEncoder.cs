using SentimentPipeline.Segmentation;

namespace SentimentPipeline.Preprocessing;

/// <summary>
/// The one text → ids path, used unchanged by training and prediction. Steps: <see cref="TextNormalizer"/>
/// (lone surrogates → U+FFFD; U+FEFF and U+200B removed), jieba segmentation with HMM, whitespace-only tokens
/// dropped, ASCII/Latin letters lower-cased; then each token is looked up in the vocabulary (unknown → UNK), the
/// first <see cref="MaxLength"/> tokens are kept and the rest is PAD. A text without tokens (empty, whitespace)
/// encodes as a single UNK token with length 1, so every review has a defined, non-empty input.
/// Thread-safe: the segmenter and vocabulary are.
/// </summary>
public sealed class TextEncoder
{
    /// <summary>Changes whenever the steps above change; stored in the model so a mismatched bundle is refused.</summary>
    public const string PreprocessingVersion = "sentiment-text-encoder/1 (normalize: lone-surrogate→U+FFFD, drop U+FEFF/U+200B; jieba cut hmm=true; drop whitespace tokens; lower-case invariant; truncate head)";

    /// <summary>Default maximum number of tokens, as in the tutorial.</summary>
    public const int DefaultMaxLength = 64;

    private readonly JiebaSegmenter _segmenter;

    /// <summary>Creates an encoder.</summary>
    public TextEncoder(JiebaSegmenter segmenter, Vocabulary vocabulary, int maxLength = DefaultMaxLength)
    {
        ArgumentNullException.ThrowIfNull(segmenter);
        ArgumentNullException.ThrowIfNull(vocabulary);
        ArgumentOutOfRangeException.ThrowIfLessThan(maxLength, 1);
        _segmenter = segmenter;
        Vocabulary = vocabulary;
        MaxLength = maxLength;
    }

    /// <summary>The vocabulary ids come from.</summary>
    public Vocabulary Vocabulary { get; }

    /// <summary>Length of <see cref="EncodedText.Ids"/>.</summary>
    public int MaxLength { get; }

    /// <summary>Normalizes, segments and filters a text (all tokens, not truncated).</summary>
    public IReadOnlyList<string> Tokenize(string text) => Tokenize(_segmenter, text);

    /// <summary>The encoder's tokenization with any segmenter, for building a vocabulary before an encoder exists.</summary>
    public static IReadOnlyList<string> Tokenize(JiebaSegmenter segmenter, string text)
    {
        ArgumentNullException.ThrowIfNull(segmenter);
        ArgumentNullException.ThrowIfNull(text);
        var words = segmenter.Cut(TextNormalizer.Normalize(text), hmm: true);
        var tokens = new List<string>(words.Count);
        foreach (var word in words)
        {
            if (!string.IsNullOrWhiteSpace(word))
            {
                tokens.Add(word.ToLowerInvariant());
            }
        }

        return tokens;
    }

    /// <summary>Maps tokens (as returned by <see cref="Tokenize(string)"/>) to ids.</summary>
    public EncodedText EncodeTokens(IReadOnlyList<string> tokens)
    {
        ArgumentNullException.ThrowIfNull(tokens);
        var ids = new long[MaxLength];
        var length = Math.Min(tokens.Count, MaxLength);
        for (var i = 0; i < length; i++)
        {
            ids[i] = Vocabulary.IdOf(tokens[i]);
        }

        if (length == 0)
        {
            ids[0] = Vocabulary.UnkId;
            length = 1;
        }

        return new EncodedText(ids, length);
    }

    /// <summary>Tokenizes and encodes a text.</summary>
    public EncodedText Encode(string text) => EncodeTokens(Tokenize(text));
}
