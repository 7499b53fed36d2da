using System.CommandLine;
using SentimentPipeline.Training.Cli;

namespace SentimentPipeline.Training.Tests;

public sealed class TrainCommandTests
{
    [Fact]
    public void Invoke_BrokenCorpus_ExitsWithCorpusCodeNamingFileAndLine()
    {
        using var directory = new TemporaryDirectory();
        var corpus = Path.Combine(directory.Path, "broken.csv");
        File.WriteAllText(corpus, "label,review\n1,好\n0,坏\"了\n");
        var console = new QuietConsole();

        var exit = new RootCommand { TrainCommand.Create(console.Console) }.Parse(["train", "--corpus", corpus, "--output", directory.Path]).Invoke();

        Assert.Equal(TrainCommand.InvalidCorpus, exit);
        Assert.Contains("broken.csv, line 3, field 'review'", console.Text.Replace("\n", string.Empty, StringComparison.Ordinal), StringComparison.Ordinal);
    }

    [Fact]
    public void Invoke_InvalidOption_ExitsWithOptionCode()
    {
        var console = new QuietConsole();

        var exit = new RootCommand { TrainCommand.Create(console.Console) }.Parse(["train", "--corpus", RepositoryPaths.DefaultCorpus, "--epochs", "0"]).Invoke();

        Assert.Equal(TrainCommand.InvalidOption, exit);
    }

    [Fact]
    public void Invoke_MissingCorpusFile_ExitsWithCorpusCode()
    {
        var console = new QuietConsole();

        var exit = new RootCommand { TrainCommand.Create(console.Console) }.Parse(["train", "--corpus", "/nonexistent/x.csv"]).Invoke();

        Assert.Equal(TrainCommand.InvalidCorpus, exit);
    }
}
