using SentimentPipeline.ModelBundle;

namespace SentimentPipeline.Prediction.Bundle;

/// <summary>Checks the bundle's files against the SHA-256 its <c>SHA256SUMS</c> recorded at export.</summary>
internal static class BundleChecksums
{
    /// <exception cref="ModelBundleException">SHA256SUMS is missing, unreadable or lacks a file.</exception>
    /// <exception cref="ModelBundleChecksumException">A file's content is not what was exported.</exception>
    public static void Verify(string directory)
    {
        var manifestPath = BundleFile.Require(directory, ModelBundleFiles.Checksums,
            "is missing: the bundle does not record the checksums of its files; export it again (training 'export')");
        IReadOnlyDictionary<string, string> recorded;
        try
        {
            recorded = ModelBundleChecksums.Parse(File.ReadAllText(manifestPath), manifestPath);
        }
        catch (InvalidDataException e)
        {
            throw new ModelBundleException(manifestPath, e.Message[(manifestPath.Length + 2)..], e);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new ModelBundleException(manifestPath, $"cannot read the checksums ({e.Message})", e);
        }

        foreach (var name in ModelBundleChecksums.CheckedFiles)
        {
            if (!recorded.TryGetValue(name, out var expected))
            {
                throw new ModelBundleException(manifestPath, $"has no checksum for {name}");
            }

            var path = Path.Combine(directory, name);
            string actual;
            try
            {
                actual = ModelBundleChecksums.Sha256(path);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                throw new ModelBundleException(path, $"cannot read the file ({e.Message})", e);
            }

            if (actual != expected)
            {
                throw new ModelBundleChecksumException(path, expected, actual);
            }
        }
    }
}
