namespace SentimentPipeline.Segmentation;

/// <summary>Opens and reads resources (embedded, files, streams), turning failures into <see cref="SegmentationResourceException"/> naming the file.</summary>
internal static class ResourceFile
{
    /// <summary>Opens a resource embedded in this assembly; the caller disposes the stream.</summary>
    public static Stream OpenEmbedded(string name)
    {
        var assembly = typeof(ResourceFile).Assembly;
        return assembly.GetManifestResourceStream(name)
            ?? throw new SegmentationResourceException(name, "embedded resource is missing from " + assembly.GetName().Name);
    }

    public static byte[] ReadAllBytes(string path, string kind)
    {
        try
        {
            return File.ReadAllBytes(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or NotSupportedException or ArgumentException)
        {
            var reason = e is FileNotFoundException or DirectoryNotFoundException ? $"{kind} file not found" : $"cannot read {kind} file: {e.Message}";
            throw new SegmentationResourceException(path, reason, e);
        }
    }

    public static byte[] ReadAllBytes(Stream stream, string sourceName)
    {
        try
        {
            if (stream.CanSeek)
            {
                // Embedded resources and files know their size: read once, without growing a copy.
                var bytes = new byte[stream.Length - stream.Position];
                stream.ReadExactly(bytes);
                return bytes;
            }

            using var copy = new MemoryStream();
            stream.CopyTo(copy);
            return copy.ToArray();
        }
        catch (IOException e)
        {
            // EndOfStreamException included: the stream ended before its announced length.
            throw new SegmentationResourceException(sourceName, "cannot read: " + e.Message, e);
        }
    }
}
