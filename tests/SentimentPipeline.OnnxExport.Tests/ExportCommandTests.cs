using SentimentPipeline.OnnxExport.Tests.Support;
using SentimentPipeline.Training.Export;
using Spectre.Console;

namespace SentimentPipeline.OnnxExport.Tests;

public sealed class ExportCommandTests
{
    [Fact]
    public void Invoke_FolderWithoutCheckpoint_ExitsWithInvalidCheckpointAndSaysWhy()
    {
        using var directory = new TemporaryDirectory();
        var output = new StringWriter();

        var exitCode = Invoke(output, "export", "--output", directory.Path);

        Assert.Equal(ExportCommand.InvalidCheckpoint, exitCode);
        Assert.Contains("missing", output.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Invoke_NegativeParityReviews_ExitsWithInvalidOption()
    {
        using var directory = new TemporaryDirectory();

        var exitCode = Invoke(TextWriter.Null, "export", "--output", directory.Path, "--parity-reviews", "-1");

        Assert.Equal(ExportCommand.InvalidOption, exitCode);
    }

    [Fact]
    public void Invoke_MissingCorpus_ExitsWithInvalidCorpus()
    {
        using var directory = new TemporaryDirectory();

        var exitCode = Invoke(TextWriter.Null, "export", "--output", directory.Path, "--corpus", Path.Combine(directory.Path, "none.csv"));

        Assert.Equal(ExportCommand.InvalidCorpus, exitCode);
    }

    private static int Invoke(TextWriter output, params string[] arguments)
    {
        var console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(output), Ansi = AnsiSupport.No });
        var root = new System.CommandLine.RootCommand { ExportCommand.Create(console) };
        return root.Parse(arguments).Invoke();
    }
}
