using System.Diagnostics;
using System.Text;

namespace SentimentPipeline.ModelBundle.Tests;

public sealed class AtomicFileTests : IDisposable
{
    private readonly TemporaryDirectory _directory = new();

    public void Dispose() => _directory.Dispose();

    [Fact]
    public void WriteAllText_MissingDirectory_CreatesItAndWritesUtf8WithoutBom()
    {
        var path = Path.Combine(_directory.Path, "new", "file.txt");

        AtomicFile.WriteAllText(path, "好评");

        Assert.Equal(Encoding.UTF8.GetBytes("好评"), File.ReadAllBytes(path));
    }

    [Fact]
    public void Write_ExistingFile_ReplacesContentAndLeavesNoTemporaryFile()
    {
        var path = Path.Combine(_directory.Path, "model.onnx");
        File.WriteAllBytes(path, [1, 2, 3, 4]);

        AtomicFile.WriteAllBytes(path, [9]);

        Assert.Equal([9], File.ReadAllBytes(path));
        Assert.Equal([path], Directory.GetFiles(_directory.Path));
    }

    [Fact]
    public void Write_CallbackThrows_KeepsOldContentAndLeavesNoTemporaryFile()
    {
        var path = Path.Combine(_directory.Path, "vocabulary.json");
        File.WriteAllText(path, "old");

        var error = Assert.Throws<InvalidOperationException>(() => AtomicFile.Write(path, stream =>
        {
            stream.Write("half"u8);
            throw new InvalidOperationException("interrupted");
        }));

        Assert.Equal("interrupted", error.Message);
        Assert.Equal("old", File.ReadAllText(path));
        Assert.Equal([path], Directory.GetFiles(_directory.Path));
    }

    [Fact]
    public void Write_StaleTemporaryOfDeadProcess_RemovedOthersKept()
    {
        using var finished = Process.Start("true")!;
        finished.WaitForExit();
        var stale = Temporary("out.json", finished.Id);
        var live = Temporary("out.json", Environment.ProcessId);
        var otherTarget = Temporary("other.json", finished.Id);

        AtomicFile.WriteAllText(Path.Combine(_directory.Path, "out.json"), "{}");

        Assert.False(File.Exists(stale));
        Assert.True(File.Exists(live));
        Assert.True(File.Exists(otherTarget));
        Assert.Equal("{}", File.ReadAllText(Path.Combine(_directory.Path, "out.json")));
    }

    private string Temporary(string target, int processId)
    {
        var path = Path.Combine(_directory.Path, $".{target}.{processId}.{Guid.NewGuid():N}.tmp");
        File.WriteAllText(path, "partial");
        return path;
    }
}
