using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace SentimentPipeline.ModelBundle;

/// <summary>
/// Reads and writes <see cref="ModelBundleFiles.Checksums"/>: the SHA-256 of every file that loading a bundle reads,
/// so that a bundle changed after export (flipped bytes, a half-copied file, a vocabulary from elsewhere) is refused.
/// </summary>
public static class ModelBundleChecksums
{
    /// <summary>The files whose checksums a bundle records, in the order written.</summary>
    public static IReadOnlyList<string> CheckedFiles { get; } = [ModelBundleFiles.Model, ModelBundleFiles.Vocabulary];

    /// <summary>
    /// Computes the checksums of <see cref="CheckedFiles"/> in <paramref name="directory"/> and writes them atomically.
    /// Call it after the files themselves are written, so that the manifest never vouches for a file not yet there.
    /// </summary>
    /// <exception cref="FileNotFoundException">One of the files is missing.</exception>
    public static void Write(string directory)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(directory);
        var manifest = new StringBuilder();
        foreach (var name in CheckedFiles)
        {
            manifest.Append(CultureInfo.InvariantCulture, $"{Sha256(Path.Combine(directory, name))}  {name}\n");
        }

        AtomicFile.WriteAllText(Path.Combine(directory, ModelBundleFiles.Checksums), manifest.ToString());
    }

    /// <summary>Parses a manifest: file name → lower-case hex SHA-256.</summary>
    /// <param name="content">The manifest's text.</param>
    /// <param name="sourceName">Names the manifest in error messages.</param>
    /// <exception cref="InvalidDataException">A line is not <c>HEX  NAME</c> or a name repeats; the message gives the line.</exception>
    public static IReadOnlyDictionary<string, string> Parse(string content, string sourceName)
    {
        ArgumentNullException.ThrowIfNull(content);
        ArgumentNullException.ThrowIfNull(sourceName);
        var checksums = new Dictionary<string, string>(StringComparer.Ordinal);
        var lines = content.Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i].TrimEnd('\r');
            if (line.Length == 0)
            {
                continue;
            }

            // sha256sum writes "HEX  NAME" (text mode) or "HEX *NAME" (binary mode).
            var hex = line.Length > 66 ? line[..64] : string.Empty;
            if (hex.Length != 64 || !hex.All(char.IsAsciiHexDigit) || line[64] != ' ' || line[65] is not (' ' or '*')
                || !checksums.TryAdd(line[66..], hex.ToLowerInvariant()))
            {
                throw new InvalidDataException($"{sourceName}: line {i + 1} is not '<64 hex digits>  <file name>' for a new file: '{line}'");
            }
        }

        return checksums;
    }

    /// <summary>The lower-case hex SHA-256 of a file, read as a stream.</summary>
    public static string Sha256(string path)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        using var stream = File.OpenRead(path);
        return Convert.ToHexStringLower(SHA256.HashData(stream));
    }
}
