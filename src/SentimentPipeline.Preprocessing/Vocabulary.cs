using System.Text;
using System.Text.Json;
using SentimentPipeline.ModelBundle;

namespace SentimentPipeline.Preprocessing;

/// <summary>
/// Token ↔ id map of the text encoder: id 0 is PAD, id 1 is UNK (any token not in the vocabulary), ids 2… are the
/// kept tokens, most frequent first. Immutable and thread-safe. Saved as <c>vocabulary.json</c>:
/// <c>{"format":"sentiment-vocabulary","version":1,"tokens":["&lt;pad&gt;","&lt;unk&gt;",…]}</c> (index = id).
/// </summary>
public sealed class Vocabulary
{
    /// <summary>Id of the padding token.</summary>
    public const int PadId = 0;

    /// <summary>Id every out-of-vocabulary token maps to.</summary>
    public const int UnkId = 1;

    /// <summary>Display name of id 0 (never matched as a token).</summary>
    public const string PadToken = "<pad>";

    /// <summary>Display name of id 1 (never matched as a token).</summary>
    public const string UnkToken = "<unk>";

    /// <summary>Default size as in the tutorial: 3,000 ids in total, PAD and UNK included (2,998 real tokens).</summary>
    public const int DefaultMaxSize = 3000;

    private const string FormatName = "sentiment-vocabulary";
    private const int FormatVersion = 1;

    private readonly string[] _tokens;
    private readonly Dictionary<string, int> _ids;

    // The same map looked up by a span, so that the encoder's characters need no string each; and, for the most
    // common lookup of all, a character of one UTF-16 unit, a table by that unit (256 KB).
    private readonly Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> _idsBySpan;
    private readonly int[] _idsByUnit = new int[char.MaxValue + 1];

    /// <summary>Creates a vocabulary from its real tokens in id order (the first gets id 2).</summary>
    /// <exception cref="ArgumentException">A token is empty, whitespace only, contains a lone surrogate or repeats.</exception>
    public Vocabulary(IEnumerable<string> tokens)
    {
        ArgumentNullException.ThrowIfNull(tokens);
        _tokens = [PadToken, UnkToken, .. tokens];
        _ids = new Dictionary<string, int>(_tokens.Length, StringComparer.Ordinal);
        for (var id = UnkId + 1; id < _tokens.Length; id++)
        {
            var token = _tokens[id] ?? throw new ArgumentException($"Token {id} is null.", nameof(tokens));
            if (string.IsNullOrWhiteSpace(token) || !TextNormalizer.IsWellFormed(token))
            {
                throw new ArgumentException($"Token {id} ('{TextNormalizer.Escape(token)}') is whitespace-only or not well-formed UTF-16.", nameof(tokens));
            }

            if (!_ids.TryAdd(token, id))
            {
                throw new ArgumentException($"Token '{token}' appears twice (ids {_ids[token]} and {id}).", nameof(tokens));
            }
        }

        _idsBySpan = _ids.GetAlternateLookup<ReadOnlySpan<char>>();
        Array.Fill(_idsByUnit, UnkId);
        foreach (var (token, id) in _ids)
        {
            if (token.Length == 1)
            {
                _idsByUnit[token[0]] = id;
            }
        }
    }

    /// <summary>Number of ids, PAD and UNK included (the embedding's row count).</summary>
    public int Count => _tokens.Length;

    /// <summary>All tokens by id, with <see cref="PadToken"/> and <see cref="UnkToken"/> at 0 and 1.</summary>
    public IReadOnlyList<string> Tokens => _tokens;

    /// <summary>The id of a token, or <see cref="UnkId"/> when it is not in the vocabulary.</summary>
    public int IdOf(string token)
    {
        ArgumentNullException.ThrowIfNull(token);
        return IdOf(token.AsSpan());
    }

    /// <summary>The id of the token spelled by <paramref name="token"/>, or <see cref="UnkId"/>; no string is made.</summary>
    public int IdOf(ReadOnlySpan<char> token)
        => token.Length == 1 ? _idsByUnit[token[0]] : _idsBySpan.TryGetValue(token, out var id) ? id : UnkId;

    /// <summary>
    /// Keeps the most frequent tokens of <paramref name="tokenizedTexts"/> (pass the training split only), so that the
    /// vocabulary has at most <paramref name="maxSize"/> ids including PAD and UNK. Ties in frequency are broken by
    /// ordinal token order, so the result does not depend on input order.
    /// </summary>
    public static Vocabulary Build(IEnumerable<IReadOnlyList<string>> tokenizedTexts, int maxSize = DefaultMaxSize, int minCount = 1)
    {
        ArgumentNullException.ThrowIfNull(tokenizedTexts);
        ArgumentOutOfRangeException.ThrowIfLessThan(maxSize, 2);
        ArgumentOutOfRangeException.ThrowIfLessThan(minCount, 1);
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var tokens in tokenizedTexts)
        {
            foreach (var token in tokens)
            {
                counts[token] = counts.GetValueOrDefault(token) + 1;
            }
        }

        var kept = counts.Where(c => c.Value >= minCount)
            .OrderByDescending(c => c.Value)
            .ThenBy(c => c.Key, StringComparer.Ordinal)
            .Take(maxSize - 2)
            .Select(c => c.Key);
        return new Vocabulary(kept);
    }

    /// <summary>Writes vocabulary.json atomically.</summary>
    public void Save(string path)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        AtomicFile.WriteAllText(path, ToJson());
    }

    /// <summary>The vocabulary as JSON (the content of vocabulary.json).</summary>
    public string ToJson() =>
        JsonSerializer.Serialize(new VocabularyDocument(FormatName, FormatVersion, _tokens), VocabularyJson.Options);

    /// <summary>Reads a vocabulary.json.</summary>
    /// <exception cref="InvalidDataException">The file is not a valid vocabulary (message names the file and the problem).</exception>
    public static Vocabulary Load(string path)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        return FromJson(File.ReadAllText(path, Encoding.UTF8), path);
    }

    /// <summary>Parses vocabulary JSON; <paramref name="sourceName"/> names it in error messages.</summary>
    /// <exception cref="InvalidDataException">The JSON is not a valid vocabulary.</exception>
    public static Vocabulary FromJson(string json, string sourceName)
    {
        ArgumentNullException.ThrowIfNull(json);
        ArgumentNullException.ThrowIfNull(sourceName);
        var tokens = ReadTokens(json, sourceName);
        if (tokens.Count < 2 || tokens[PadId] != PadToken || tokens[UnkId] != UnkToken)
        {
            throw new InvalidDataException($"{sourceName}: tokens must start with \"{PadToken}\", \"{UnkToken}\".");
        }

        try
        {
            return new Vocabulary(tokens.Skip(2));
        }
        catch (ArgumentException e)
        {
            throw new InvalidDataException($"{sourceName}: {e.Message}", e);
        }
    }

    /// <summary>The token array of a vocabulary document, checked by hand so that messages name JSON, not .NET types.</summary>
    private static List<string> ReadTokens(string json, string sourceName)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(json);
        }
        catch (JsonException e)
        {
            throw new InvalidDataException($"{sourceName}: not valid vocabulary JSON (line {e.LineNumber + 1}): {e.Message}", e);
        }

        using (document)
        {
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object
                || !root.TryGetProperty("format", out var format) || format.ValueKind != JsonValueKind.String || format.GetString() != FormatName
                || !root.TryGetProperty("version", out var version) || version.ValueKind != JsonValueKind.Number
                || !version.TryGetInt32(out var number) || number != FormatVersion
                || !root.TryGetProperty("tokens", out var array) || array.ValueKind != JsonValueKind.Array)
            {
                var found = root.ValueKind == JsonValueKind.Object ? "an object without them" : $"a JSON {root.ValueKind.ToString().ToLowerInvariant()}";
                throw new InvalidDataException($"{sourceName}: expected {{\"format\":\"{FormatName}\",\"version\":{FormatVersion},\"tokens\":[…]}}, found {found}.");
            }

            var tokens = new List<string>(array.GetArrayLength());
            foreach (var token in array.EnumerateArray())
            {
                if (token.ValueKind != JsonValueKind.String)
                {
                    throw new InvalidDataException($"{sourceName}: tokens[{tokens.Count}] is a JSON {token.ValueKind.ToString().ToLowerInvariant()}, not a string.");
                }

                try
                {
                    tokens.Add(token.GetString()!);
                }
                catch (InvalidOperationException e)
                {
                    throw new InvalidDataException($"{sourceName}: tokens[{tokens.Count}] is not valid Unicode text ({e.Message}).", e);
                }
            }

            return tokens;
        }
    }
}
