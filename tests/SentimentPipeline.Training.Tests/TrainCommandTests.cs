using System.CommandLine;
using SentimentPipeline.ModelBundle;
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

        Assert.Equal(ExitCodes.InvalidInput, exit);
        Assert.Contains("broken.csv, line 3, field 'review'", console.Text.Replace("\n", string.Empty, StringComparison.Ordinal), StringComparison.Ordinal);
    }

    [Fact]
    public void Invoke_InvalidOption_ExitsWithOptionCode()
    {
        var console = new QuietConsole();

        var exit = new RootCommand { TrainCommand.Create(console.Console) }.Parse(["train", "--corpus", RepositoryPaths.DefaultCorpus, "--epochs", "0"]).Invoke();

        Assert.Equal(ExitCodes.Usage, exit);
    }

    [Theory]
    [InlineData("--skip-gram-epochs", "-1", "SkipGramEpochs must be >= 0")]
    [InlineData("--skip-gram-pairs", "-5", "SkipGramPairs must be >= 0")]
    public void Invoke_NegativeSkipGramOption_ExitsWithOptionCodeNamingIt(string option, string value, string message)
    {
        var console = new QuietConsole();

        var exit = new RootCommand { TrainCommand.Create(console.Console) }.Parse(["train", "--corpus", RepositoryPaths.DefaultCorpus, option, value]).Invoke();

        Assert.Equal(ExitCodes.Usage, exit);
        Assert.Contains(message, console.Text.Replace("\n", string.Empty, StringComparison.Ordinal), StringComparison.Ordinal);
    }

    [Fact]
    public void Invoke_MissingCorpusFile_ExitsWithCorpusCode()
    {
        var console = new QuietConsole();

        var exit = new RootCommand { TrainCommand.Create(console.Console) }.Parse(["train", "--corpus", "/nonexistent/x.csv"]).Invoke();

        Assert.Equal(ExitCodes.InvalidInput, exit);
    }

    [Trait("Category", "Slow")]
    [Fact]
    public void Invoke_CustomColumnsAndLabels_TrainsAndReportsCategories()
    {
        using var directory = new TemporaryDirectory();
        var corpus = Path.Combine(directory.Path, "custom.csv");
        var rows = File.ReadLines(RepositoryPaths.DefaultCorpus).Skip(1)
            .Select((line, i) => $"{i},{(line.EndsWith("正面", StringComparison.Ordinal) ? "好评" : "差评")},{(i % 2 == 0 ? "店A" : "店B")},{line[..line.LastIndexOf(',')]}");
        File.WriteAllLines(corpus, ["id,stars,shop,comment", .. rows]);
        var output = Path.Combine(directory.Path, "out");
        var console = new QuietConsole();

        var exit = new RootCommand { TrainCommand.Create(console.Console) }.Parse([
            "train", "--corpus", corpus, "--output", output, "--epochs", "1", "--embedding-size", "8", "--hidden-size", "8",
            "--text-column", "comment", "--label-column", "stars", "--category-column", "shop", "--positive-labels", "好评", "--negative-labels", "差评",
        ]).Invoke();

        Assert.Equal(0, exit);
        var metrics = File.ReadAllText(Path.Combine(output, "metrics.json"));
        Assert.Contains("\"店A\"", metrics, StringComparison.Ordinal);
        Assert.Contains("\"format\": \"custom\"", metrics, StringComparison.Ordinal);
    }

    [Fact]
    public void Invoke_IncompleteCustomFormat_ExitsWithOptionCode()
    {
        var console = new QuietConsole();

        var exit = new RootCommand { TrainCommand.Create(console.Console) }.Parse(["train", "--corpus", RepositoryPaths.DefaultCorpus, "--text-column", "comment"]).Invoke();

        Assert.Equal(ExitCodes.Usage, exit);
        Assert.Contains("--label-column", console.Text, StringComparison.Ordinal);
    }
}
