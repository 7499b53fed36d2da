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
}
