namespace SentimentPipeline.ModelBundle;

/// <summary>
/// Writes files so that readers see either the old content or the complete new content, never a half-written
/// file: the data goes to a temporary file in the same directory (<c>.NAME.PID.GUID.tmp</c>), is flushed to disk and
/// then renamed over the target. A write that fails or is cancelled deletes its temporary; one killed outright leaves
/// it behind, and the next write of the same target removes the temporaries of processes that no longer run.
/// </summary>
public static class AtomicFile
{
    /// <summary>Writes a file atomically through a stream callback.</summary>
    /// <param name="path">Target file; its directory is created when missing.</param>
    /// <param name="write">Writes the content; the stream is flushed and closed afterwards.</param>
    public static void Write(string path, Action<Stream> write)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        ArgumentNullException.ThrowIfNull(write);
        var fullPath = Path.GetFullPath(path);
        var directory = Path.GetDirectoryName(fullPath) ?? throw new ArgumentException($"'{path}' has no directory.", nameof(path));
        Directory.CreateDirectory(directory);
        var prefix = $".{Path.GetFileName(fullPath)}.";
        RemoveStaleTemporaries(directory, prefix);
        var temporary = Path.Combine(directory, $"{prefix}{Environment.ProcessId}.{Guid.NewGuid():N}.tmp");
        try
        {
            using (var stream = new FileStream(temporary, FileMode.CreateNew, FileAccess.Write, FileShare.None))
            {
                write(stream);
                stream.Flush(flushToDisk: true);
            }

            File.Move(temporary, fullPath, overwrite: true);
        }
        finally
        {
            // Only present when writing or renaming failed.
            File.Delete(temporary);
        }
    }

    /// <summary>Deletes <c>PREFIX.PID.GUID.tmp</c> files whose process is gone: nothing can still be writing them.</summary>
    private static void RemoveStaleTemporaries(string directory, string prefix)
    {
        foreach (var path in Directory.EnumerateFiles(directory, ".*.tmp"))
        {
            var name = Path.GetFileName(path);
            if (!name.StartsWith(prefix, StringComparison.Ordinal))
            {
                continue;
            }

            var parts = name[prefix.Length..].Split('.');
            if (parts is [var pid, var guid, "tmp"] && Guid.TryParseExact(guid, "N", out _)
                && int.TryParse(pid, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var processId)
                && !IsRunning(processId))
            {
                try
                {
                    File.Delete(path);
                }
                catch (Exception e) when (e is IOException or UnauthorizedAccessException)
                {
                    // Someone else's file, or already gone: the write itself does not depend on it.
                }
            }
        }
    }

    private static bool IsRunning(int processId)
    {
        try
        {
            using var process = System.Diagnostics.Process.GetProcessById(processId);
            return !process.HasExited;
        }
        catch (ArgumentException)
        {
            return false;
        }
        catch (InvalidOperationException)
        {
            return false;
        }
    }

    /// <summary>Writes bytes atomically.</summary>
    public static void WriteAllBytes(string path, ReadOnlySpan<byte> bytes)
    {
        var copy = bytes.ToArray();
        Write(path, stream => stream.Write(copy));
    }

    /// <summary>Writes UTF-8 text (without BOM) atomically.</summary>
    public static void WriteAllText(string path, string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        WriteAllBytes(path, System.Text.Encoding.UTF8.GetBytes(text));
    }
}
