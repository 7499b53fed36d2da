namespace SentimentPipeline.Segmentation;

/// <summary>
/// The B/E/M/S hidden Markov model jieba uses for runs of characters the dictionary does not join: start,
/// transition and emission log-probabilities. Immutable and shareable.
/// </summary>
public sealed class HmmModel
{
    /// <summary>Manifest name of the embedded model (cppjieba's <c>hmm_model.utf8</c>).</summary>
    public const string EmbeddedResourceName = "SentimentPipeline.Segmentation.hmm_model.utf8";

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

    /// <summary>Loads the model embedded in this assembly.</summary>
    public static HmmModel LoadDefault()
    {
        using var stream = ResourceFile.OpenEmbedded(EmbeddedResourceName);
        return Load(stream, EmbeddedResourceName);
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
