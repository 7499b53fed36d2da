using System.Runtime.CompilerServices;
using System.Security.Cryptography;
using System.Text;

namespace SentimentPipeline.Segmentation;

/// <summary>
/// jieba's prefix dictionary: words with frequencies and tags in a trie keyed by characters, frequencies as
/// dense arrays, and the log of the total frequency kept current in one place. Several
/// <see cref="JiebaSegmenter"/> instances may share one dictionary.
/// </summary>
/// <remarks>
/// Reading is thread-safe; changing words (<see cref="AddWord"/>, <see cref="DeleteWord"/>) is not, and must not
/// overlap with segmentation by any segmenter that shares this dictionary.
/// </remarks>
public sealed class PrefixDictionary
{
    /// <summary>Manifest name of the embedded standard jieba dictionary.</summary>
    public const string EmbeddedResourceName = "SentimentPipeline.Segmentation.dict.txt";

    private readonly CharTrie _trie;
    private readonly Dictionary<string, int> _tagIds = new(StringComparer.Ordinal);
    private readonly List<string> _tags = [];
    private readonly IncrementalHash _hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
    private string?[] _wordStrings;
    private int[] _wordOffsets;
    private char[] _wordChars;
    private long[] _frequencies;
    private int[] _wordTags;
    private int _recordCount;
    private int[] _scalarBuffer = new int[64];
    private int _liveWordCount;
    private long _total;

    private PrefixDictionary(int expectedWords)
    {
        // jieba's dictionary has about 1.4 trie nodes per word.
        _trie = new CharTrie(expectedWords * 3 / 2);
        _wordStrings = new string?[Math.Max(16, expectedWords)];
        _wordOffsets = new int[_wordStrings.Length + 1];
        _wordChars = new char[_wordStrings.Length * 3];
        _frequencies = new long[_wordStrings.Length];
        _wordTags = new int[_wordStrings.Length];
        Sha256 = string.Empty;
    }

    /// <summary>Number of words in the dictionary.</summary>
    public int Count => _liveWordCount;

    /// <summary>Sum of all word frequencies.</summary>
    public long TotalFrequency => _total;

    /// <summary>
    /// Lower-case hex SHA-256 of the dictionary text this instance was built from: the bytes of the main
    /// dictionary, followed by one canonical line per later change in the order applied
    /// (<c>"+word freq tag\n"</c> for an added or updated word, including user dictionary lines, and
    /// <c>"-word\n"</c> for a deleted one). Unchanged, it equals the SHA-256 of the dictionary file.
    /// </summary>
    public string Sha256 { get; private set; }

    internal CharTrie Trie => _trie;

    internal double LogTotal { get; private set; }

    /// <summary>Loads the standard jieba dictionary embedded in this assembly.</summary>
    public static PrefixDictionary LoadDefault()
    {
        using var stream = ResourceFile.OpenEmbedded(EmbeddedResourceName);
        return Load(stream, EmbeddedResourceName);
    }

    /// <summary>Loads a dictionary file (<c>word freq [tag]</c> per line, UTF-8).</summary>
    /// <exception cref="SegmentationResourceException">The file is missing or unreadable.</exception>
    /// <exception cref="InvalidDictionaryEntryException">A line is malformed.</exception>
    public static PrefixDictionary Load(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        return Load(ResourceFile.ReadAllBytes(path, "dictionary"), path);
    }

    /// <summary>Loads a dictionary from a stream (<c>word freq [tag]</c> per line, UTF-8).</summary>
    /// <param name="stream">The dictionary text; read to the end, not closed.</param>
    /// <param name="sourceName">Name used in error messages (usually the file path).</param>
    public static PrefixDictionary Load(Stream stream, string sourceName)
    {
        ArgumentNullException.ThrowIfNull(stream);
        ArgumentNullException.ThrowIfNull(sourceName);
        return Load(ResourceFile.ReadAllBytes(stream, sourceName), sourceName);
    }

    private static PrefixDictionary Load(byte[] utf8, string sourceName)
    {
        // Roughly one entry per 15 bytes in jieba's dictionary: sizes the arrays once.
        var dictionary = new PrefixDictionary(utf8.Length / 15);
        DictionaryFileReader.Parse(utf8, sourceName, frequencyRequired: true, (word, frequency, tag) => dictionary.Put(word, frequency!.Value, tag));
        if (dictionary._liveWordCount == 0)
        {
            throw new SegmentationResourceException(sourceName, "dictionary contains no words (empty or truncated file)");
        }

        dictionary._hash.AppendData(utf8);
        dictionary.Refresh();
        return dictionary;
    }

    /// <summary>Whether <paramref name="word"/> is in the dictionary.</summary>
    public bool ContainsWord(string word)
    {
        ArgumentNullException.ThrowIfNull(word);
        return FindId(word) >= 0;
    }

    /// <summary>Frequency of <paramref name="word"/>, or null when it is not in the dictionary.</summary>
    public long? GetFrequency(string word)
    {
        ArgumentNullException.ThrowIfNull(word);
        var id = FindId(word);
        return id < 0 ? null : _frequencies[id];
    }

    /// <summary>Part-of-speech tag of <paramref name="word"/> ("" when none), or null when it is not in the dictionary.</summary>
    public string? GetTag(string word)
    {
        ArgumentNullException.ThrowIfNull(word);
        var id = FindId(word);
        return id < 0 ? null : _tags[_wordTags[id]];
    }

    /// <summary>Adds <paramref name="word"/> or replaces its frequency (and its tag, when one is given).</summary>
    /// <param name="word">The word; must not be empty.</param>
    /// <param name="frequency">Its frequency (0 keeps the word but makes the route avoid it, as in jieba).</param>
    /// <param name="tag">Part-of-speech tag, or null to keep the existing one ("" for a new word).</param>
    /// <returns>The frequency stored.</returns>
    public long AddWord(string word, long frequency, string? tag = null)
    {
        ArgumentException.ThrowIfNullOrEmpty(word);
        ArgumentOutOfRangeException.ThrowIfNegative(frequency);
        Put(word, frequency, tag, keepTag: tag is null);
        _hash.AppendData(Encoding.UTF8.GetBytes($"+{word} {frequency} {tag}\n"));
        Refresh();
        return frequency;
    }

    /// <summary>Removes <paramref name="word"/>; returns false when it was not in the dictionary.</summary>
    public bool DeleteWord(string word)
    {
        ArgumentNullException.ThrowIfNull(word);
        var id = _trie.Remove(ToScalars(word));
        if (id < 0)
        {
            return false;
        }

        _total -= _frequencies[id];
        _liveWordCount--;
        _hash.AppendData(Encoding.UTF8.GetBytes($"-{word}\n"));
        Refresh();
        return true;
    }

    internal int FindId(ReadOnlySpan<char> word) => word.IsEmpty ? -1 : _trie.Find(ToScalars(word));

    /// <summary>
    /// The text of word <paramref name="id"/>. Words are stored as one character array; each word's string is
    /// made on first use and kept, so loading allocates no string per word and tokens that are dictionary words
    /// share one string. A race between threads at most builds an equal string twice.
    /// </summary>
    internal string WordText(int id) =>
        _wordStrings[id] ??= new string(_wordChars, _wordOffsets[id], _wordOffsets[id + 1] - _wordOffsets[id]);

    /// <summary>Adds a word or replaces its frequency (and tag, unless <paramref name="tag"/> is null for "keep").</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    internal void Put(ReadOnlySpan<char> word, long frequency, ReadOnlySpan<char> tag, bool keepTag = false)
    {
        if (word.Length > _scalarBuffer.Length)
        {
            _scalarBuffer = new int[word.Length];
        }

        var scalars = _scalarBuffer.AsSpan(0, Scalars.Decode(word, _scalarBuffer));
        ref var entry = ref _trie.GetOrAdd(scalars);
        if (entry.WordId >= 0)
        {
            _total += frequency - _frequencies[entry.WordId];
            _frequencies[entry.WordId] = frequency;
            if (!keepTag)
            {
                _wordTags[entry.WordId] = TagId(tag);
            }
        }
        else
        {
            entry.WordId = NewRecord(word, frequency, TagId(tag));
            _total += frequency;
            _liveWordCount++;
        }

        // The route reads the log frequency from the trie entry, next to the rest of the node.
        entry.LogFrequency = Math.Log(frequency);
    }

    private int NewRecord(ReadOnlySpan<char> word, long frequency, int tagId)
    {
        if (_recordCount == _wordStrings.Length)
        {
            var size = _wordStrings.Length * 2;
            Array.Resize(ref _wordStrings, size);
            Array.Resize(ref _wordOffsets, size + 1);
            Array.Resize(ref _frequencies, size);
            Array.Resize(ref _wordTags, size);
        }

        var id = _recordCount++;
        var start = _wordOffsets[id];
        if (start + word.Length > _wordChars.Length)
        {
            Array.Resize(ref _wordChars, Math.Max(_wordChars.Length * 2, start + word.Length));
        }

        word.CopyTo(_wordChars.AsSpan(start));
        _wordOffsets[id + 1] = start + word.Length;
        _wordTags[id] = tagId;
        _frequencies[id] = frequency;
        return id;
    }

    private int TagId(ReadOnlySpan<char> tag)
    {
        var lookup = _tagIds.GetAlternateLookup<ReadOnlySpan<char>>();
        if (!lookup.TryGetValue(tag, out var id))
        {
            id = _tags.Count;
            var text = tag.ToString();
            _tags.Add(text);
            _tagIds.Add(text, id);
        }

        return id;
    }

    /// <summary>The one place derived values (log total, checksum) are recomputed after a change.</summary>
    private void Refresh()
    {
        LogTotal = Math.Log(_total);
        Sha256 = Convert.ToHexStringLower(_hash.GetCurrentHash());
    }

    private static ReadOnlySpan<int> ToScalars(ReadOnlySpan<char> word)
    {
        // The trie takes a span: no second, trimmed copy of the array.
        var buffer = new int[word.Length];
        return buffer.AsSpan(0, Scalars.Decode(word, buffer));
    }
}
