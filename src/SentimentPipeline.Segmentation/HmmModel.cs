namespace SentimentPipeline.Segmentation;

/// <summary>
/// The B/E/M/S hidden Markov model jieba uses for runs of characters the dictionary does not join: start,
/// transition and emission log-probabilities. Immutable and shareable.
/// </summary>
public sealed class HmmModel
{
    /// <summary>Manifest names of the embedded tables: Python jieba 0.42.1's <c>finalseg</c> start, transition and emission log-probabilities.</summary>
    public static readonly IReadOnlyList<string> EmbeddedResourceNames =
    [
        "SentimentPipeline.Segmentation.prob_start.json",
        "SentimentPipeline.Segmentation.prob_trans.json",
        "SentimentPipeline.Segmentation.prob_emit.json",
    ];

    /// <summary>Log-probability used for anything the model never saw (jieba's <c>MIN_FLOAT</c>).</summary>
    internal const double MinLogProbability = -3.14e100;

    internal const int StateCount = 4;

    internal HmmModel(double[] start, double[] transitions, double[] emissions)
    {
        Start = start;
        Transitions = transitions;
        Emissions = emissions;
    }

    /// <summary>Start log-probability per <see cref="HmmState"/>.</summary>
    internal double[] Start { get; }

    /// <summary>Transition log-probability, <c>[from * 4 + to]</c>.</summary>
    internal double[] Transitions { get; }

    /// <summary>Emission log-probability, <c>[char * 4 + state]</c>, dense over the BMP.</summary>
    internal double[] Emissions { get; }

    /// <summary>Loads the model embedded in this assembly (Python jieba 0.42.1's tables).</summary>
    public static HmmModel LoadDefault()
    {
        var tables = EmbeddedResourceNames.Select(name =>
        {
            using var stream = ResourceFile.OpenEmbedded(name);
            return new ResourceBytes(ResourceFile.ReadAllBytes(stream, name), name);
        }).ToArray();
        return HmmTablesReader.Read(tables[0], tables[1], tables[2]);
    }

    /// <summary>
    /// Loads Python jieba's HMM tables as JSON files (<c>prob_start.json</c>, <c>prob_trans.json</c>,
    /// <c>prob_emit.json</c>: objects keyed by the state names B, E, M, S, as jieba.NET ships them).
    /// </summary>
    /// <exception cref="SegmentationResourceException">A file is missing or unreadable.</exception>
    /// <exception cref="InvalidHmmModelException">A file is not valid JSON, or a state or value is wrong (the file and key are named).</exception>
    public static HmmModel LoadJson(string startPath, string transitionsPath, string emissionsPath)
    {
        ArgumentNullException.ThrowIfNull(startPath);
        ArgumentNullException.ThrowIfNull(transitionsPath);
        ArgumentNullException.ThrowIfNull(emissionsPath);
        return HmmTablesReader.Read(
            new ResourceBytes(ResourceFile.ReadAllBytes(startPath, "HMM start table"), startPath),
            new ResourceBytes(ResourceFile.ReadAllBytes(transitionsPath, "HMM transition table"), transitionsPath),
            new ResourceBytes(ResourceFile.ReadAllBytes(emissionsPath, "HMM emission table"), emissionsPath));
    }

    /// <summary>Loads a model file in cppjieba's <c>hmm_model.utf8</c> format.</summary>
    /// <exception cref="SegmentationResourceException">The file is missing or unreadable.</exception>
    /// <exception cref="InvalidHmmModelException">The file is truncated or malformed.</exception>
    public static HmmModel Load(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        return HmmModelReader.Read(ResourceFile.ReadAllBytes(path, "HMM model"), path);
    }

    /// <summary>Loads a model in cppjieba's <c>hmm_model.utf8</c> format from a stream (read to the end, not closed).</summary>
    /// <param name="stream">The model text.</param>
    /// <param name="sourceName">Name used in error messages (usually the file path).</param>
    public static HmmModel Load(Stream stream, string sourceName)
    {
        ArgumentNullException.ThrowIfNull(stream);
        ArgumentNullException.ThrowIfNull(sourceName);
        return HmmModelReader.Read(ResourceFile.ReadAllBytes(stream, sourceName), sourceName);
    }
}
