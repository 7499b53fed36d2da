using SentimentPipeline.Segmentation;

namespace SentimentPipeline.Preprocessing;

/// <summary>
/// The one text → ids path, used unchanged by training and prediction. Steps: <see cref="TextNormalizer"/>
/// (lone surrogates → U+FFFD; U+FEFF and U+200B removed), jieba segmentation with HMM, whitespace-only tokens
/// dropped, ASCII/Latin letters lower-cased; then each token is looked up in the vocabulary (unknown → UNK), the
/// first <see cref="MaxLength"/> tokens are kept and the rest is PAD. The character ids are the same vocabulary's ids
/// of the single characters (Unicode scalars, so a surrogate pair is one character) of all tokens concatenated,
/// the first <see cref="MaxCharacters"/> of them, PAD after. A text without tokens (empty, whitespace) encodes as a
/// single UNK token and a single UNK character, both with length 1, so every review has a defined, non-empty input.
/// Thread-safe: the segmenter and vocabulary are.
/// </summary>
public sealed class TextEncoder
{
    /// <summary>Changes whenever the steps above change; stored in the model so a mismatched bundle is refused.</summary>
    public const string PreprocessingVersion = "sentiment-text-encoder/2 (normalize: lone-surrogate→U+FFFD, drop U+FEFF/U+200B; jieba cut hmm=true; drop whitespace tokens; lower-case invariant; truncate head; character ids: scalars of the concatenated tokens, same vocabulary, truncate head)";

    /// <summary>Default maximum number of tokens: longer than the tutorial's 64, which cut 8 % of online_shopping's reviews.</summary>
    public const int DefaultMaxLength = 128;

    /// <summary>Default maximum number of characters.</summary>
    public const int DefaultMaxCharacters = 256;

    private readonly JiebaSegmenter _segmenter;

    /// <summary>Creates an encoder.</summary>
    public TextEncoder(JiebaSegmenter segmenter, Vocabulary vocabulary, int maxLength = DefaultMaxLength, int maxCharacters = DefaultMaxCharacters)
    {
        ArgumentNullException.ThrowIfNull(segmenter);
        ArgumentNullException.ThrowIfNull(vocabulary);
        ArgumentOutOfRangeException.ThrowIfLessThan(maxLength, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(maxCharacters, 1);
        _segmenter = segmenter;
        Vocabulary = vocabulary;
        MaxLength = maxLength;
        MaxCharacters = maxCharacters;
    }

    /// <summary>The vocabulary ids come from.</summary>
    public Vocabulary Vocabulary { get; }

    /// <summary>Length of <see cref="EncodedText.Ids"/>.</summary>
    public int MaxLength { get; }

    /// <summary>Length of <see cref="EncodedText.CharIds"/>.</summary>
    public int MaxCharacters { get; }

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
                tokens.Add(IsCaseless(word) ? word : word.ToLowerInvariant());
            }
        }

        return tokens;
    }

    /// <summary>
    /// Whether lower-casing leaves <paramref name="word"/> as it is for certain: ASCII without capitals, CJK (U+2E80–U+9FFF:
    /// radicals, punctuation, kana, ideographs) and fullwidth forms other than the capitals. Anything else is left to
    /// <see cref="string.ToLowerInvariant()"/>, which copies every string with a non-ASCII character, changed or not,
    /// so the common Chinese token would cost a copy for nothing.
    /// </summary>
    private static bool IsCaseless(string word)
    {
        foreach (var c in word)
        {
            var mayChange = c switch
            {
                <= '\u007F' => c is >= 'A' and <= 'Z',
                < '\u2E80' => true,
                <= '\u9FFF' => false,
                < '\uFF00' => true,
                _ => c is >= '\uFF21' and <= '\uFF3A',
            };
            if (mayChange)
            {
                return false;
            }
        }

        return true;
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

        var charIds = new long[MaxCharacters];
        var charLength = 0;
        Span<char> units = stackalloc char[2];
        foreach (var token in tokens)
        {
            // The scalars Characters() gives (a lone surrogate reads as U+FFFD), each looked up without a string.
            foreach (var rune in token.EnumerateRunes())
            {
                if (charLength == MaxCharacters)
                {
                    return new EncodedText(ids, length, charIds, charLength);
                }

                charIds[charLength++] = Vocabulary.IdOf(units[..rune.EncodeToUtf16(units)]);
            }
        }

        if (charLength == 0)
        {
            charIds[0] = Vocabulary.UnkId;
            charLength = 1;
        }

        return new EncodedText(ids, length, charIds, charLength);
    }

    /// <summary>
    /// What the vocabulary is built from for one tokenized review: its tokens, then its characters (the character
    /// ids share the vocabulary, so a frequent character is kept even when it never stands alone as a token).
    /// </summary>
    public static IEnumerable<string> VocabularyEntries(IReadOnlyList<string> tokens)
    {
        ArgumentNullException.ThrowIfNull(tokens);
        return tokens.Concat(tokens.SelectMany(Characters));
    }

    // Unicode scalars: a surrogate pair stays one character (tokens are well-formed after normalisation).
    private static IEnumerable<string> Characters(string token) => token.EnumerateRunes().Select(rune => rune.ToString());

    /// <summary>Tokenizes and encodes a text.</summary>
    public EncodedText Encode(string text) => EncodeTokens(Tokenize(text));
}
