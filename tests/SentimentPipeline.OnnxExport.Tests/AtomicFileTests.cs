using SentimentPipeline.OnnxExport.Tests.Support;

namespace SentimentPipeline.OnnxExport.Tests;

public sealed class AtomicFileTests
{
    [Fact]
    public void WriteAllBytes_MissingDirectory_CreatesItAndWritesExactBytes()
    {
        using var directory = new TemporaryDirectory();
        var path = Path.Combine(directory.Path, "nested", "bundle", "model.onnx");

        AtomicFile.WriteAllBytes(path, [1, 2, 3]);

        Assert.Equal([1, 2, 3], File.ReadAllBytes(path));
    }

    [Fact]
    public void WriteAllBytes_TargetIsADirectory_FailsAndLeavesNoTemporaryFile()
    {
        using var directory = new TemporaryDirectory();
        var target = Path.Combine(directory.Path, "model.onnx");
        Directory.CreateDirectory(target);

        Assert.ThrowsAny<IOException>(() => AtomicFile.WriteAllBytes(target, [1, 2, 3]));

        Assert.Empty(Directory.GetFiles(directory.Path));
    }
}
