using Microsoft.Win32.SafeHandles;
using SentimentPipeline.ModelBundle;

namespace SentimentPipeline.Cli.Commands;

/// <summary>
/// Standard output as a stream whose write errors surface. .NET's console stream drops EPIPE silently, so a command
/// piped into <c>head -1</c> would go on to the end of its input; this one writes to file descriptor 1 directly, and
/// any failure (broken pipe, disk full, closed descriptor) becomes a <see cref="StandardOutputException"/>.
/// </summary>
internal static class StandardOutput
{
    /// <summary>Opens standard output unbuffered; callers buffer and flush as they need.</summary>
    public static Stream Open()
    {
        if (OperatingSystem.IsWindows())
        {
            return new StandardOutputStream(Console.OpenStandardOutput());
        }

        try
        {
            var descriptor = new FileStream(new SafeFileHandle(1, ownsHandle: false), FileAccess.Write, bufferSize: 0);
            if (descriptor.CanSeek)
            {
                // A regular file: FileStream writes at its own offset (pwrite) and leaves the descriptor's shared offset
                // where it was, so whatever writes to the file next (`{ sentiment segment; echo done; } > log`) would
                // overwrite this output. The console stream writes with write(2) at the shared offset, and a file has
                // no EPIPE for it to swallow; its other errors (a full disk) still throw.
                descriptor.Dispose();
                return new StandardOutputStream(Console.OpenStandardOutput());
            }

            return new StandardOutputStream(descriptor);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException)
        {
            throw StandardOutputException.From(e);
        }
    }

    /// <summary>Reports the failure on standard error in one line and returns the I/O exit code.</summary>
    public static int Fail(string commandName, StandardOutputException e)
    {
        Console.Error.WriteLine($"sentiment {commandName}: {e.Message}");
        return ExitCodes.InputOutput;
    }
}
