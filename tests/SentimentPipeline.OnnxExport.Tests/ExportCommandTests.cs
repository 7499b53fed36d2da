using SentimentPipeline.ModelBundle;
using SentimentPipeline.OnnxExport.Tests.Support;
using SentimentPipeline.TestSupport;
using SentimentPipeline.Training.CheckpointExport;
using SentimentPipeline.Training.Cli;
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

        Assert.Equal(ExitCodes.InvalidCheckpoint, exitCode);
        Assert.Contains("missing", output.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Invoke_NegativeParityReviews_ExitsWithInvalidOption()
    {
        using var directory = new TemporaryDirectory();

        var exitCode = Invoke(TextWriter.Null, "export", "--output", directory.Path, "--parity-reviews", "-1");

        Assert.Equal(ExitCodes.Usage, exitCode);
    }

    [Fact]
    public void Invoke_MissingCorpus_ExitsWithInvalidCorpus()
    {
        using var directory = new TemporaryDirectory();

        var exitCode = Invoke(TextWriter.Null, "export", "--output", directory.Path, "--corpus", Path.Combine(directory.Path, "none.csv"));

        Assert.Equal(ExitCodes.InvalidInput, exitCode);
    }

    [Trait("Category", "Slow")]
    [Fact]
    public void Invoke_CorpusWithCustomColumns_ExportsWithTheColumnOptionsTrainingUsed()
    {
        using var directory = new TemporaryDirectory();
        var corpus = Path.Combine(directory.Path, "custom.csv");
        var rows = File.ReadLines(RepositoryPaths.DefaultCorpus).Skip(1)
            .Select(line => $"{(line.EndsWith("正面", StringComparison.Ordinal) ? "好评" : "差评")},{line[..line.LastIndexOf(',')]}");
        File.WriteAllLines(corpus, ["stars,comment", .. rows]);
        var model = Path.Combine(directory.Path, "model");
        string[] format = ["--corpus", corpus, "--text-column", "comment", "--label-column", "stars", "--positive-labels", "好评", "--negative-labels", "差评"];
        Assert.Equal(0, Invoke(TextWriter.Null, ["train", "--output", model, "--epochs", "1", "--embedding-size", "8", "--hidden-size", "8", "--threads", "1", .. format]));
        var output = new StringWriter();

        var exitCode = Invoke(output, ["export", "--output", model, .. format]);

        Assert.True(exitCode == 0, output.ToString());
        Assert.True(File.Exists(Path.Combine(model, "model.onnx")));
    }

    private static int Invoke(TextWriter output, params string[] arguments)
    {
        var console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(output), Ansi = AnsiSupport.No });
        var root = new System.CommandLine.RootCommand { TrainCommand.Create(console), ExportCommand.Create(console) };
        return root.Parse(arguments).Invoke();
    }
}
