namespace SentimentPipeline.Prediction;

/// <summary>
/// The bundle's files are readable but do not belong together, or do not match this build's preprocessing
/// (vocabulary size, preprocessing version, dictionary checksum, labels). Every difference is listed.
/// </summary>
public sealed class ModelBundleMismatchException : ModelBundleException
{
    /// <summary>Creates the exception.</summary>
    /// <param name="bundleDirectory">The bundle directory.</param>
    /// <param name="differences">One line per difference, saying what differs and both values.</param>
    public ModelBundleMismatchException(string bundleDirectory, IReadOnlyList<string> differences)
        : base(bundleDirectory, "the model bundle does not match this build and was refused: " + string.Join("; ", differences))
    {
        Differences = differences;
    }

    /// <summary>One line per difference.</summary>
    public IReadOnlyList<string> Differences { get; }
}
