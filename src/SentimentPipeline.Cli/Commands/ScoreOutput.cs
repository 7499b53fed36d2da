using SentimentPipeline.ModelBundle;

namespace SentimentPipeline.Cli.Commands;

/// <summary>
/// Where <c>score</c> writes: a regular file, replaced atomically (never the input file itself); a FIFO or device
/// such as <c>/dev/null</c>, written in place (it cannot be renamed over); or standard output.
/// </summary>
internal sealed class ScoreOutput
{
    private const int MaxLinkDepth = 40;
    private readonly string? _path;

    private ScoreOutput(string? path) => _path = path;

    public static ScoreOutput ToStandardOutput { get; } = new(null);

    /// <summary>The output path, or <c>-</c> for standard output.</summary>
    public string Path => _path ?? "-";

    public bool IsStandardOutput => _path is null;

    public static ScoreOutput ForFile(string fullPath) => new(fullPath);

    /// <summary>Why this output cannot be used when scoring <paramref name="inputPath"/>, or null.</summary>
    public string? ProblemWith(string inputPath)
    {
        if (_path is null)
        {
            return null;
        }

        return FileKinds.Of(_path) switch
        {
            FileKind.Directory => "is a directory; give a file name",
            FileKind.SymlinkLoop => FileKinds.ProblemAsInputFile(_path),
            FileKind.Regular or FileKind.Missing when Canonical(_path) == Canonical(inputPath) =>
                "is the input file; scoring it into itself would replace the reviews with scores (choose another --output)",
            _ => null,
        };
    }

    /// <summary>Writes the output through <paramref name="write"/>.</summary>
    public void Write(Action<Stream> write)
    {
        if (_path is null)
        {
            using var output = new BufferedStream(StandardOutput.Open(), 1 << 16);
            write(output);
            output.Flush();
        }
        else if (FileKinds.Of(_path) is FileKind.Fifo or FileKind.CharacterDevice or FileKind.Socket)
        {
            using var output = new FileStream(_path, FileMode.Open, FileAccess.Write);
            write(output);
        }
        else
        {
            AtomicFile.Write(_path, write);
        }
    }

    /// <summary>The path with every symbolic link on the way resolved (like realpath(3)), so a link to the input is seen as the input.</summary>
    private static string Canonical(string path, int depth = 0)
    {
        var full = System.IO.Path.GetFullPath(path);
        var root = System.IO.Path.GetPathRoot(full)!;
        var current = root;
        foreach (var part in full[root.Length..].Split(System.IO.Path.DirectorySeparatorChar, StringSplitOptions.RemoveEmptyEntries))
        {
            current = System.IO.Path.Combine(current, part);
            if (depth < MaxLinkDepth && new FileInfo(current).LinkTarget is { } target)
            {
                current = Canonical(System.IO.Path.Combine(System.IO.Path.GetDirectoryName(current)!, target), depth + 1);
            }
        }

        return current;
    }
}
