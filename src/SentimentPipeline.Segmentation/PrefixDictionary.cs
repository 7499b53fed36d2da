using System.Runtime.CompilerServices;
using System.Security.Cryptography;
using System.Text;

namespace SentimentPipeline.Segmentation;

/// <summary>
/// Python jieba's prefix dictionary (<c>FREQ</c> and <c>total</c>): words with frequencies and tags in a trie keyed
/// by characters, frequencies as dense arrays, and the log of the total frequency kept current in one place.
/// Several <see cref="JiebaSegmenter"/> instances may share one dictionary.
/// </summary>
/// <remarks>
/// As in Python, a word with frequency 0 (given so, or deleted) stays known but is never cut as a word, and the
/// HMM splits it into characters when it proposes it (given with <see cref="AddWord"/> or a user dictionary);
/// <see cref="TotalFrequency"/> only ever grows.
/// <para>
/// Reading is thread-safe; changing words (<see cref="AddWord"/>, <see cref="DeleteWord"/>) is not, and must not
/// overlap with segmentation by any segmenter that shares this dictionary.
/// </para>
/// </remarks>
public sealed class PrefixDictionary
{
    /// <summary>Manifest name of the embedded standard jieba dictionary.</summary>
    public const string EmbeddedResourceName = "SentimentPipeline.Segmentation.dict.txt";

    private CharTrie _trie = null!;
    private readonly Dictionary<string, int> _tagIds = new(StringComparer.Ordinal);
    private readonly List<string> _tags = [];
    private readonly HashSet<string> _forceSplit = new(StringComparer.Ordinal);
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
        _wordStrings = new string?[Math.Max(16, expectedWords)];
        _wordOffsets = new int[_wordStrings.Length + 1];
        _wordChars = new char[_wordStrings.Length * 3];
        _frequencies = new long[_wordStrings.Length];
        _wordTags = new int[_wordStrings.Length];
        Sha256 = string.Empty;
    }

    /// <summary>Number of words with a frequency above 0.</summary>
    public int Count => _liveWordCount;

    /// <summary>
    /// Python jieba's <c>total</c>: the sum of the frequency of every dictionary line and of every later
    /// <see cref="AddWord"/>. Like Python's it is never reduced: a duplicate line, a replaced frequency or a
    /// deleted word stays counted, so that routes and suggested frequencies come out exactly as in Python.
    /// </summary>
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
        DictionaryFileReader.Parse(utf8, sourceName, frequencyRequired: true, (word, frequency, tag) => dictionary.AddLine(word, frequency!.Value, tag));
        dictionary.BuildTrie();
        if (dictionary._liveWordCount == 0)
        {
            throw new SegmentationResourceException(sourceName, "dictionary contains no words (empty or truncated file)");
        }

        dictionary._hash.AppendData(utf8);
        dictionary.Refresh();
        return dictionary;
    }

    /// <summary>Whether <paramref name="word"/> is in the dictionary with a frequency above 0 (a word the segmenter can cut).</summary>
    public bool ContainsWord(string word)
    {
        ArgumentNullException.ThrowIfNull(word);
        var id = FindId(word);
        return id >= 0 && _frequencies[id] > 0;
    }

    /// <summary>Frequency of <paramref name="word"/> (0 once deleted), or null when it was never in the dictionary.</summary>
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
    /// <param name="frequency">Its frequency (0 keeps the word known but never cut as one, as in Python jieba).</param>
    /// <param name="tag">Part-of-speech tag, or null to keep the existing one ("" for a new word).</param>
    /// <returns>The frequency stored.</returns>
    public long AddWord(string word, long frequency, string? tag = null)
    {
        ArgumentException.ThrowIfNullOrEmpty(word);
        ArgumentOutOfRangeException.ThrowIfNegative(frequency);
        Put(word, frequency, tag, keepTag: tag is null);
        if (frequency == 0)
        {
            // Python's add_word(word, 0) (and so del_word) puts the word in finalseg's Force_Split_Words for good.
            _forceSplit.Add(word);
        }

        _hash.AppendData(Encoding.UTF8.GetBytes($"+{word} {frequency} {tag}\n"));
        Refresh();
        return frequency;
    }

    /// <summary>
    /// Deletes <paramref name="word"/> as Python's <c>del_word</c> does: its frequency becomes 0, so it is never cut
    /// as a word again and the HMM splits it when it proposes it. Returns false when it had no frequency above 0.
    /// </summary>
    public bool DeleteWord(string word)
    {
        ArgumentException.ThrowIfNullOrEmpty(word);
        var wasWord = ContainsWord(word);
        Put(word, 0, tag: default, keepTag: true);
        _forceSplit.Add(word);
        _hash.AppendData(Encoding.UTF8.GetBytes($"-{word}\n"));
        Refresh();
        return wasWord;
    }

    /// <summary>Record id of <paramref name="word"/> (whatever its frequency), or -1.</summary>
    internal int FindId(ReadOnlySpan<char> word) => word.IsEmpty ? -1 : RecordId(_trie.Find(ToScalars(word)));

    /// <summary>
    /// Python's <c>FREQ.get(piece)</c>: the frequency of a word, 0 for a word with frequency 0 and for a mere prefix
    /// of a word (Python keeps prefixes in <c>FREQ</c> with 0), null for anything else.
    /// </summary>
    internal long? PythonFrequency(ReadOnlySpan<char> piece)
    {
        var scalars = ToScalars(piece);
        var id = RecordId(_trie.Find(scalars));
        if (id >= 0)
        {
            return _frequencies[id];
        }

        return _trie.IsPrefix(scalars) ? 0 : null;
    }

    /// <summary>Whether the HMM must split <paramref name="word"/> into characters (finalseg's <c>Force_Split_Words</c>).</summary>
    internal bool IsForceSplit(ReadOnlySpan<int> word)
    {
        if (_forceSplit.Count == 0)
        {
            return false;
        }

        Span<char> chars = stackalloc char[Math.Min(word.Length * 2, 256)];
        var text = word.Length * 2 <= chars.Length ? chars : new char[word.Length * 2];
        var length = 0;
        foreach (var scalar in word)
        {
            length += new Rune(scalar).EncodeToUtf16(text[length..]);
        }

        return _forceSplit.GetAlternateLookup<ReadOnlySpan<char>>().Contains(text[..length]);
    }

    /// <summary>
    /// The text of word <paramref name="id"/>. Words are stored as one character array; each word's string is
    /// made on first use and kept, so loading allocates no string per word and tokens that are dictionary words
    /// share one string. A race between threads at most builds an equal string twice.
    /// </summary>
    internal string WordText(int id) =>
        _wordStrings[id] ??= new string(_wordChars, _wordOffsets[id], _wordOffsets[id + 1] - _wordOffsets[id]);

    /// <summary>Adds a word or replaces its frequency (and tag, unless <paramref name="tag"/> is null for "keep").</summary>
    internal void Put(ReadOnlySpan<char> word, long frequency, ReadOnlySpan<char> tag, bool keepTag = false)
    {
        if (word.Length > _scalarBuffer.Length)
        {
            _scalarBuffer = new int[word.Length];
        }

        var node = _trie.GetOrAdd(_scalarBuffer.AsSpan(0, Scalars.Decode(word, _scalarBuffer)));
        var id = RecordId(_trie.WordIdAt(node));
        if (id >= 0)
        {
            Replace(id, frequency, keepTag ? _wordTags[id] : TagId(tag));
        }
        else
        {
            id = NewRecord(word, frequency, TagId(tag));
        }

        _total += frequency;
        SetWord(node, id);
    }

    /// <summary>One line of the main dictionary: a record of its own for now (<see cref="BuildTrie"/> merges repeats).</summary>
    private void AddLine(ReadOnlySpan<char> word, long frequency, ReadOnlySpan<char> tag)
    {
        NewRecord(word, frequency, TagId(tag));

        // Python adds every frequency to its total, even one that replaces an earlier frequency of the same word.
        _total += frequency;
    }

    /// <summary>
    /// Builds the trie of every record at once, then gives each node its word in line order. A repeated word keeps
    /// the record of its first line and takes the frequency and tag of its last, as inserting line by line would.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void BuildTrie()
    {
        var starts = new int[_recordCount + 1];
        var scalars = new int[_wordOffsets[_recordCount]];
        for (var id = 0; id < _recordCount; id++)
        {
            var word = _wordChars.AsSpan(_wordOffsets[id], _wordOffsets[id + 1] - _wordOffsets[id]);
            starts[id + 1] = starts[id] + Scalars.Decode(word, scalars.AsSpan(starts[id]));
        }

        var nodes = new int[_recordCount];
        _trie = CharTrie.Build(scalars, starts, _frequencies.AsSpan(0, _recordCount), nodes);
        for (var line = 0; line < _recordCount; line++)
        {
            var id = RecordId(_trie.WordIdAt(nodes[line]));
            if (id >= 0)
            {
                Replace(id, _frequencies[line], _wordTags[line]);
            }
            else
            {
                id = line;
            }

            SetWord(nodes[line], id);
        }
    }

    /// <summary>Gives an existing record a new frequency and tag.</summary>
    private void Replace(int id, long frequency, int tagId)
    {
        _liveWordCount -= _frequencies[id] > 0 ? 1 : 0;
        _frequencies[id] = frequency;
        _wordTags[id] = tagId;
    }

    /// <summary>Makes record <paramref name="id"/> (with its frequency already stored) the word of <paramref name="node"/>.</summary>
    private void SetWord(int node, int id)
    {
        var frequency = _frequencies[id];
        _liveWordCount += frequency > 0 ? 1 : 0;

        // The cutters take a word id >= 0 as "a word with a frequency": one comparison in the route walk.
        _trie.SetWord(node, frequency > 0 ? id : ZeroFrequencyWordId(id), frequency > 0 ? Math.Log(frequency) : double.NaN);
    }

    /// <summary>How a trie node marks a word with frequency 0: below -1, so that every "is a word" test stays <c>&gt;= 0</c>.</summary>
    private static int ZeroFrequencyWordId(int id) => -2 - id;

    /// <summary>The record id of a trie node's word id (<see cref="CharTrie.WordIdAt"/>), whatever its frequency; -1 for none.</summary>
    private static int RecordId(int wordId) => wordId >= -1 ? wordId : -2 - wordId;

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
