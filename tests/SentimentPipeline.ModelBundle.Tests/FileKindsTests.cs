using System.Diagnostics;

namespace SentimentPipeline.ModelBundle.Tests;

public sealed class FileKindsTests : IDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("sentiment-filekinds-").FullName;

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    [LinuxFact]
    public void Of_EachKindOfPath_ToldApartWithoutOpening()
    {
        var file = Path.Combine(_directory, "file.csv");
        File.WriteAllText(file, "x");
        var fifo = Path.Combine(_directory, "fifo");
        using (var mkfifo = Process.Start("mkfifo", [fifo]))
        {
            mkfifo.WaitForExit();
        }

        var loop = Path.Combine(_directory, "loop");
        File.CreateSymbolicLink(loop, Path.Combine(_directory, "loop2"));
        File.CreateSymbolicLink(Path.Combine(_directory, "loop2"), loop);
        var link = Path.Combine(_directory, "link");
        File.CreateSymbolicLink(link, file);

        Assert.Equal(FileKind.Regular, FileKinds.Of(file));
        Assert.Equal(FileKind.Regular, FileKinds.Of(link));
        Assert.Equal(FileKind.Directory, FileKinds.Of(_directory));
        Assert.Equal(FileKind.Fifo, FileKinds.Of(fifo));
        Assert.Equal(FileKind.CharacterDevice, FileKinds.Of("/dev/null"));
        Assert.Equal(FileKind.SymlinkLoop, FileKinds.Of(loop));
        Assert.Equal(FileKind.Missing, FileKinds.Of(Path.Combine(_directory, "none")));
        Assert.Equal(FileKind.Missing, FileKinds.Of(Path.Combine(file, "below-a-file")));
        Assert.Equal("is a FIFO (named pipe), not a regular file", FileKinds.ProblemAsInputFile(fifo));
        Assert.Null(FileKinds.ProblemAsInputFile(file));
    }
}
