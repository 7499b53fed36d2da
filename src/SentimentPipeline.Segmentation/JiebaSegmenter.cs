namespace SentimentPipeline.Segmentation;

/// <summary>
/// A Chinese word segmenter that gives Python jieba 0.42.1's tokens in every mode: prefix-dictionary DAG,
/// maximum-probability route, and a B/E/M/S HMM for runs of characters the dictionary does not join.
/// </summary>
/// <remarks>
/// All state is in the instance. After construction every segmentation method is safe to call from many
/// threads at once (each thread gets its own scratch buffers). Changing the dictionary
/// (<see cref="AddWord"/>, <see cref="DeleteWord"/>, <see cref="LoadUserDictionary(string)"/>) is not
/// thread-safe and must not overlap with segmentation. Token offsets are UTF-16 indices (see <see cref="Token"/>).
/// Any string is accepted: tokens of accurate mode, with or without HMM, always concatenate to the input.
/// </remarks>
public sealed class JiebaSegmenter
{
    private readonly ThreadLocal<SegmentationScratch> _scratch = new(() => new SegmentationScratch());
    private readonly string?[] _singleUnitStrings = new string?[0x10000];

    /// <summary>Creates a segmenter over a loaded dictionary (which may be shared with other segmenters) and HMM model.</summary>
    public JiebaSegmenter(PrefixDictionary dictionary, HmmModel hmmModel)
    {
        ArgumentNullException.ThrowIfNull(dictionary);
        ArgumentNullException.ThrowIfNull(hmmModel);
        Dictionary = dictionary;
        HmmModel = hmmModel;
    }

    /// <summary>The dictionary this segmenter reads.</summary>
    public PrefixDictionary Dictionary { get; }

    /// <summary>The HMM model used when <c>hmm</c> is true.</summary>
    public HmmModel HmmModel { get; }

    /// <summary>Lower-case hex SHA-256 of the dictionary text (see <see cref="PrefixDictionary.Sha256"/>: user words included).</summary>
    public string DictionarySha256 => Dictionary.Sha256;

    /// <summary>A segmenter with the standard jieba dictionary and HMM model embedded in this assembly.</summary>
    public static JiebaSegmenter CreateDefault() => new(PrefixDictionary.LoadDefault(), HmmModel.LoadDefault());

    /// <summary>
    /// A segmenter from files: a dictionary (null for the embedded one), an HMM model (null for the embedded one)
    /// and an optional user dictionary loaded on top.
    /// </summary>
    /// <exception cref="SegmentationResourceException">A file is missing, unreadable or malformed.</exception>
    public static JiebaSegmenter Create(string? dictionaryPath = null, string? hmmModelPath = null, string? userDictionaryPath = null)
    {
        var dictionary = dictionaryPath is null ? PrefixDictionary.LoadDefault() : PrefixDictionary.Load(dictionaryPath);
        var model = hmmModelPath is null ? HmmModel.LoadDefault() : HmmModel.Load(hmmModelPath);
        var segmenter = new JiebaSegmenter(dictionary, model);
        if (userDictionaryPath is not null)
        {
            segmenter.LoadUserDictionary(userDictionaryPath);
        }

        return segmenter;
    }

    /// <summary>Accurate mode (jieba's <c>cut</c> / Python's <c>lcut(text, HMM=hmm)</c>).</summary>
    public IReadOnlyList<string> Cut(string text, bool hmm = true)
    {
        ArgumentNullException.ThrowIfNull(text);
        var scratch = Begin();
        var sink = new StringListSink(NewTokenText(text), scratch.Words);
        RunAccurate(scratch, text, hmm, ref sink);
        return End(scratch, scratch.Words);
    }

    /// <summary>
    /// Full mode (Python's <c>lcut(text, cut_all=True)</c>): the dictionary words found in the text, by Python's
    /// rules, including the empty tokens Python gives between two whitespace characters.
    /// </summary>
    public IReadOnlyList<string> CutAll(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var scratch = Begin();
        var sink = new StringListSink(NewTokenText(text), scratch.Words);
        FullCutter.Cut(Dictionary, scratch, text, ref sink);
        return End(scratch, scratch.Words);
    }

    /// <summary>Search mode (jieba's <c>cut_for_search</c>): accurate mode plus the dictionary words inside long tokens.</summary>
    public IReadOnlyList<string> CutForSearch(string text, bool hmm = true)
    {
        ArgumentNullException.ThrowIfNull(text);
        var scratch = Begin();
        var sink = new SearchSink<StringListSink>(Dictionary, text, new StringListSink(NewTokenText(text), scratch.Words));
        RunAccurate(scratch, text, hmm, ref sink);
        return End(scratch, scratch.Words);
    }

    /// <summary>Tokens with UTF-16 offsets for the given mode (<c>hmm</c> is ignored in <see cref="TokenizeMode.Full"/>).</summary>
    public IReadOnlyList<Token> Tokenize(string text, TokenizeMode mode = TokenizeMode.Default, bool hmm = true)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (mode is not (TokenizeMode.Default or TokenizeMode.Search or TokenizeMode.Full))
        {
            throw new ArgumentOutOfRangeException(nameof(mode), mode, "unknown tokenize mode");
        }

        var scratch = Begin();
        var sink = new TokenListSink(NewTokenText(text), scratch.Tokens);
        switch (mode)
        {
            case TokenizeMode.Default:
                RunAccurate(scratch, text, hmm, ref sink);
                break;
            case TokenizeMode.Search:
                var search = new SearchSink<TokenListSink>(Dictionary, text, sink);
                RunAccurate(scratch, text, hmm, ref search);
                break;
            default:
                FullCutter.Cut(Dictionary, scratch, text, ref sink);
                break;
        }

        return End(scratch, scratch.Tokens);
    }

    /// <summary>
    /// Adds a word (or changes its frequency) in <see cref="Dictionary"/>. Without a frequency, jieba's suggested
    /// frequency is used: just enough for the word to be cut as one token.
    /// </summary>
    /// <returns>The frequency stored.</returns>
    public long AddWord(string word, long? frequency = null, string? tag = null)
    {
        ArgumentException.ThrowIfNullOrEmpty(word);
        return Dictionary.AddWord(word, frequency ?? SuggestFrequency(word), tag);
    }

    /// <summary>Removes a word from <see cref="Dictionary"/>; false when it was not there.</summary>
    public bool DeleteWord(string word) => Dictionary.DeleteWord(word);

    /// <summary>
    /// Python's <c>suggest_freq(segment)</c>: the frequency that makes <paramref name="segment"/> one token,
    /// <c>max(int(Π (freq(piece) / total) · total) + 1, freq(segment))</c> over the pieces accurate mode without HMM
    /// cuts it into, computed in the same floating-point steps as Python. As in Python, a piece never seen counts
    /// as 1 and a piece that is only a prefix of words as 0.
    /// </summary>
    public long SuggestFrequency(string segment)
    {
        ArgumentNullException.ThrowIfNull(segment);
        var total = (double)Dictionary.TotalFrequency;
        var product = 1.0;
        foreach (var piece in Cut(segment, hmm: false))
        {
            product *= (Dictionary.PythonFrequency(piece) ?? 1) / total;
        }

        return Math.Max((long)(product * total) + 1, segment.Length == 0 ? 1 : Dictionary.PythonFrequency(segment) ?? 1);
    }

    /// <summary>Loads a user dictionary (<c>word [freq] [tag]</c> per line, UTF-8) on top of <see cref="Dictionary"/>.</summary>
    /// <exception cref="SegmentationResourceException">The file is missing or unreadable.</exception>
    /// <exception cref="InvalidDictionaryEntryException">A line is malformed (the file, line and text are named).</exception>
    public void LoadUserDictionary(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        LoadUserDictionary(ResourceFile.ReadAllBytes(path, "user dictionary"), path);
    }

    /// <summary>Loads a user dictionary from a stream (read to the end, not closed).</summary>
    /// <param name="stream">The user dictionary text.</param>
    /// <param name="sourceName">Name used in error messages (usually the file path).</param>
    public void LoadUserDictionary(Stream stream, string sourceName)
    {
        ArgumentNullException.ThrowIfNull(stream);
        ArgumentNullException.ThrowIfNull(sourceName);
        LoadUserDictionary(ResourceFile.ReadAllBytes(stream, sourceName), sourceName);
    }

    private void LoadUserDictionary(byte[] utf8, string sourceName)
    {
        // Parse everything first, so a bad line leaves the dictionary unchanged.
        var lines = new List<(string Word, long? Frequency, string? Tag)>();
        DictionaryFileReader.Parse(utf8, sourceName, frequencyRequired: false, (word, frequency, tag) =>
            lines.Add((word.ToString(), frequency, tag.IsEmpty ? null : tag.ToString())));
        foreach (var (word, frequency, tag) in lines)
        {
            AddWord(word, frequency, tag);
        }
    }

    private TokenText NewTokenText(string text) => new(text, Dictionary, _singleUnitStrings);

    /// <summary>This thread's scratch, its token buffers emptied for a new call.</summary>
    private SegmentationScratch Begin()
    {
        var scratch = _scratch.Value!;
        scratch.Words.Begin();
        scratch.Tokens.Begin();
        return scratch;
    }

    private static List<T> End<T>(SegmentationScratch scratch, TokenBuffer<T> tokens)
    {
        var result = tokens.ToList();
        scratch.ReleaseIfHuge();
        return result;
    }

    private void RunAccurate<TSink>(SegmentationScratch scratch, string text, bool hmm, ref TSink sink)
        where TSink : struct, ITokenSink =>
        AccurateCutter.Cut(Dictionary, HmmModel, scratch, text, hmm, ref sink);
}
