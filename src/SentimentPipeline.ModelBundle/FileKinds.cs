using System.Runtime.InteropServices;

namespace SentimentPipeline.ModelBundle;

/// <summary>
/// Tells regular files from directories, FIFOs, devices and symlink loops before a file is opened: opening a FIFO
/// waits for a writer, possibly forever, and .NET reports neither FIFOs nor loops by name. On Linux this asks
/// <c>statx(2)</c> (the only way to see a FIFO without opening it); elsewhere only directories and missing files are told apart.
/// </summary>
public static class FileKinds
{
    private const int AtCurrentDirectory = -100;
    private const uint StatxType = 0x1;
    private const int StatxModeOffset = 28;
    private const int StatxSize = 256;
    private const int NoSuchFile = 2;
    private const int NotADirectory = 20;
    private const int TooManySymbolicLinks = 40;

    /// <summary>What <paramref name="path"/> names, following symbolic links.</summary>
    public static FileKind Of(string path)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        if (OperatingSystem.IsLinux())
        {
            try
            {
                return OfLinux(path);
            }
            catch (Exception e) when (e is EntryPointNotFoundException or DllNotFoundException)
            {
                // A C library without statx (older than glibc 2.28): fall back to what .NET can tell.
            }
        }

        return System.IO.Directory.Exists(path) ? FileKind.Directory : File.Exists(path) ? FileKind.Regular : FileKind.Missing;
    }

    /// <summary>
    /// Why <paramref name="path"/> cannot be read as a file, e.g. <c>is a directory, not a file</c>; null for a
    /// regular file (or one whose kind cannot be told, which opening will then report).
    /// </summary>
    public static string? ProblemAsInputFile(string path) => Of(path) switch
    {
        FileKind.Missing => "file not found",
        FileKind.Directory => "is a directory, not a file",
        FileKind.Fifo => "is a FIFO (named pipe), not a regular file",
        FileKind.CharacterDevice => "is a character device, not a regular file",
        FileKind.BlockDevice => "is a block device, not a regular file",
        FileKind.Socket => "is a socket, not a regular file",
        FileKind.SymlinkLoop => "too many levels of symbolic links (a symlink loop)",
        _ => null,
    };

    private static FileKind OfLinux(string path)
    {
        var buffer = new byte[StatxSize];
        if (Native.Statx(AtCurrentDirectory, path, 0, StatxType, buffer) != 0)
        {
            return Marshal.GetLastPInvokeError() switch
            {
                NoSuchFile or NotADirectory => FileKind.Missing,
                TooManySymbolicLinks => FileKind.SymlinkLoop,
                _ => FileKind.Unknown,
            };
        }

        // stx_mode's file type bits (S_IFMT), as in <sys/stat.h>.
        return (BitConverter.ToUInt16(buffer, StatxModeOffset) & 0xF000) switch
        {
            0x8000 => FileKind.Regular,
            0x4000 => FileKind.Directory,
            0x1000 => FileKind.Fifo,
            0x2000 => FileKind.CharacterDevice,
            0x6000 => FileKind.BlockDevice,
            0xC000 => FileKind.Socket,
            _ => FileKind.Unknown,
        };
    }

    private static class Native
    {
        // struct statx has the same layout on every Linux architecture, unlike struct stat.
        [DllImport("libc", EntryPoint = "statx", SetLastError = true)]
        public static extern int Statx(int directoryFd, [MarshalAs(UnmanagedType.LPUTF8Str)] string path, int flags, uint mask, byte[] buffer);
    }
}
