using System.Reflection;
using System.Security.Cryptography;
using SentimentPipeline.ModelBundle;

namespace SentimentPipeline.Models.Pretrained;

/// <summary>
/// The model bundle embedded in this assembly: the pretrained model that <c>SentimentModel.LoadPretrained()</c>
/// loads. ONNX Runtime and ML.NET read models from files, so the bundle is written once to a cache folder named by
/// its content hash and loaded from there.
/// </summary>
public static class PretrainedModel
{
    private static readonly string[] BundleFiles = [ModelBundleFiles.Model, ModelBundleFiles.Vocabulary, ModelBundleFiles.Metrics, ModelBundleFiles.Checksums];

    /// <summary>The version of this package (and so of the model in it).</summary>
    public static string Version { get; } =
        typeof(PretrainedModel).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion.Split('+')[0]
        ?? typeof(PretrainedModel).Assembly.GetName().Version?.ToString()
        ?? "unknown";

    /// <summary>Where <see cref="ExtractBundle"/> writes by default: the user's local application data, else the temp folder.</summary>
    public static string DefaultCacheDirectory
    {
        get
        {
            var local = Environment.GetFolderPath(Environment.SpecialFolder.LocalApplicationData);
            return string.IsNullOrEmpty(local)
                ? Path.Combine(Path.GetTempPath(), $"SentimentPipeline-{Environment.UserName}", "pretrained")
                : Path.Combine(local, "SentimentPipeline", "pretrained");
        }
    }

    /// <summary>What the embedded metrics.json says about the training run (corpus, split, test accuracy).</summary>
    public static PretrainedModelSummary Summary { get; } = PretrainedModelSummary.FromMetrics(Read(ModelBundleFiles.Metrics), Version);

    /// <summary>
    /// Writes the embedded bundle (model.onnx, vocabulary.json, metrics.json, SHA256SUMS) to a folder under
    /// <paramref name="cacheDirectory"/> named by the bundle's SHA-256, unless identical files are already there, and
    /// returns that folder: a bundle directory for <c>SentimentModel.Load</c>. Files are written atomically, so
    /// processes that extract at the same time each see complete files.
    /// </summary>
    /// <param name="cacheDirectory">Parent folder; <see langword="null"/> means <see cref="DefaultCacheDirectory"/>.</param>
    /// <exception cref="IOException">The cache folder cannot be written.</exception>
    public static string ExtractBundle(string? cacheDirectory = null)
    {
        var files = BundleFiles.Select(name => (Name: name, Bytes: Read(name))).ToList();
        var directory = Path.Combine(Path.GetFullPath(cacheDirectory ?? DefaultCacheDirectory), ContentHash(files)[..16]);
        foreach (var (name, bytes) in files)
        {
            var path = Path.Combine(directory, name);
            if (!File.Exists(path) || !File.ReadAllBytes(path).AsSpan().SequenceEqual(bytes))
            {
                AtomicFile.WriteAllBytes(path, bytes);
            }
        }

        return directory;
    }

    private static string ContentHash(IEnumerable<(string Name, byte[] Bytes)> files)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        foreach (var (name, bytes) in files)
        {
            hash.AppendData(System.Text.Encoding.UTF8.GetBytes(name));
            hash.AppendData(BitConverter.GetBytes((long)bytes.Length));
            hash.AppendData(bytes);
        }

        return Convert.ToHexStringLower(hash.GetHashAndReset());
    }

    private static byte[] Read(string fileName)
    {
        var resource = $"bundle/{fileName}";
        using var stream = typeof(PretrainedModel).Assembly.GetManifestResourceStream(resource)
            ?? throw new InvalidOperationException($"{typeof(PretrainedModel).Assembly.GetName().Name} lacks the embedded resource '{resource}'; the package was built without its bundle.");
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    }
}
