namespace SentimentPipeline.Prediction;

/// <summary>
/// A bundle file's SHA-256 is not the one its <c>SHA256SUMS</c> recorded at export: the file was corrupted or changed
/// afterwards. The message names the file and both checksums.
/// </summary>
public sealed class ModelBundleChecksumException : ModelBundleException
{
    /// <summary>Creates the exception for <paramref name="filePath"/>.</summary>
    /// <param name="filePath">The file whose content changed.</param>
    /// <param name="expectedSha256">The checksum recorded at export.</param>
    /// <param name="actualSha256">The checksum of the file as it is now.</param>
    public ModelBundleChecksumException(string filePath, string expectedSha256, string actualSha256)
        : base(filePath, $"SHA-256 is {actualSha256}, but SHA256SUMS recorded {expectedSha256} at export: the file is corrupt or was changed after export")
    {
        ExpectedSha256 = expectedSha256;
        ActualSha256 = actualSha256;
    }

    /// <summary>The checksum recorded at export (lower-case hex).</summary>
    public string ExpectedSha256 { get; }

    /// <summary>The checksum of the file as loaded (lower-case hex).</summary>
    public string ActualSha256 { get; }
}
