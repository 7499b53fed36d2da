namespace SentimentPipeline.ModelBundle;

/// <summary>What a path names once symbolic links are followed (see <see cref="FileKinds.Of"/>).</summary>
public enum FileKind
{
    /// <summary>Nothing exists at the path.</summary>
    Missing,

    /// <summary>A regular file.</summary>
    Regular,

    /// <summary>A directory.</summary>
    Directory,

    /// <summary>A FIFO (named pipe): opening it for reading waits for a writer.</summary>
    Fifo,

    /// <summary>A character device such as <c>/dev/null</c> or a terminal.</summary>
    CharacterDevice,

    /// <summary>A block device.</summary>
    BlockDevice,

    /// <summary>A Unix domain socket.</summary>
    Socket,

    /// <summary>The symbolic links never end in a file (a loop, or too many levels).</summary>
    SymlinkLoop,

    /// <summary>The kind cannot be told on this platform, or the path cannot be examined (e.g. permission denied).</summary>
    Unknown,
}
