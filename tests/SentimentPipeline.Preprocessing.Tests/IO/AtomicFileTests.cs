using System.Diagnostics;
using SentimentPipeline.Preprocessing.IO;

namespace SentimentPipeline.Preprocessing.Tests.IO;

public sealed class AtomicFileTests : IDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("sentiment-atomic-").FullName;

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    [Fact]
    public void Write_StaleTemporaryOfDeadProcess_RemovedOthersKept()
    {
        using var finished = Process.Start("true")!;
        finished.WaitForExit();
        var stale = Temporary("out.json", finished.Id);
        var live = Temporary("out.json", Environment.ProcessId);
        var otherTarget = Temporary("other.json", finished.Id);

        AtomicFile.WriteAllText(Path.Combine(_directory, "out.json"), "{}");

        Assert.False(File.Exists(stale));
        Assert.True(File.Exists(live));
        Assert.True(File.Exists(otherTarget));
        Assert.Equal("{}", File.ReadAllText(Path.Combine(_directory, "out.json")));
    }

    [Fact]
    public void Write_CallbackThrows_TemporaryDeletedTargetUntouched()
    {
        var target = Path.Combine(_directory, "out.json");
        File.WriteAllText(target, "old");

        Assert.Throws<OperationCanceledException>(() => AtomicFile.Write(target, stream =>
        {
            stream.Write("half"u8);
            throw new OperationCanceledException();
        }));

        Assert.Equal("old", File.ReadAllText(target));
        Assert.Equal([target], Directory.GetFiles(_directory));
    }

    private string Temporary(string target, int processId)
    {
        var path = Path.Combine(_directory, $".{target}.{processId}.{Guid.NewGuid():N}.tmp");
        File.WriteAllText(path, "partial");
        return path;
    }
}
