using System.Text;
using SentimentPipeline.TestSupport;

namespace SentimentPipeline.Cli.Tests;

/// <summary><c>sentiment score</c>, run as the real executable over the tiny model.</summary>
[Collection(ModelCollection.Name)]
public sealed class ScoreCommandTests(ModelFixture fixture) : IDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("sentiment-cli-score-").FullName;

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    [Trait("Category", "Slow")]
    [Fact]
    public void Score_CorpusCsvToJsonl_EveryRowScoredLikeTheLibraryWithAccuracy()
    {
        var corpus = Path.Combine(RepositoryPaths.SharedData, "corpus.csv");
        var output = Path.Combine(_directory, "scored.jsonl");

        var (exitCode, _, error) = ModelCommandRunner.Run("score", corpus, "--model", fixture.BundleDirectory, "--output", output);

        Assert.True(exitCode == 0, error);
        var records = PredictCommandTests.JsonLines(File.ReadAllText(output));
        Assert.Equal(4310, records.Length);
        var first = fixture.Reviews.Take(50).ToArray();
        var expected = fixture.Model.BatchPredictor.Predict(first.Select(r => r.Text).ToList());
        for (var i = 0; i < first.Length; i++)
        {
            Assert.Equal(first[i].Line, records[i].GetProperty("line").GetInt32());
            Assert.Equal(first[i].Label == 1 ? "positive" : "negative", records[i].GetProperty("expected").GetString());
            PredictCommandTests.AssertPrediction(expected[i], records[i]);
        }

        Assert.Contains("scored 4,310 of 4,310 records", error);
        Assert.Contains("accuracy against the file's labels", error);
    }

    [Fact]
    public void Score_CsvWithBadRows_ErrorRecordsAndExit5()
    {
        var input = Path.Combine(_directory, "reviews.csv");
        File.WriteAllText(input, "evaluation,label\n质量很好,正面\n\"坏了,负面\n,负面\n太差了,不知道\n还可以,正面\n", new UTF8Encoding(false));
        var output = Path.Combine(_directory, "reviews.scored.csv");

        var (exitCode, _, error) = ModelCommandRunner.Run("score", input, "--model", fixture.BundleDirectory, "--output", output);

        Assert.Equal(5, exitCode);
        var rows = File.ReadAllLines(output);
        Assert.Equal("line,label,positive,negative,expected,category,error", rows[0]);
        Assert.Equal(6, rows.Length);
        Assert.Matches(@"^2,(positive|negative),[0-9.E-]+,[0-9.E-]+,positive,,$", rows[1]);
        Assert.StartsWith("3,,,,,,\"line 3, field 'evaluation': ", rows[2]);
        Assert.StartsWith("4,,,,,,\"line 4, field 'evaluation': ", rows[3]);
        Assert.StartsWith("5,,,,,,\"line 5, field 'label': unknown label '不知道'", rows[4]);
        Assert.Matches(@"^6,(positive|negative),[0-9.E-]+,[0-9.E-]+,positive,,$", rows[5]);
        Assert.Contains("scored 2 of 5 records", error);
        Assert.Contains("not scored: line 5, field 'label'", error);
    }

    [Trait("Category", "Slow")]
    [Fact]
    public void Score_JsonlWithBadLines_ErrorRecordsAndExit5()
    {
        var input = Path.Combine(_directory, "reviews.jsonl");
        File.WriteAllText(input, "{\"text\":\"质量很好\"}\n{\"text\": 3}\nnot json\n\n{\"text\":\"太差了\",\"id\":7}\n", new UTF8Encoding(false));

        var (exitCode, _, error) = ModelCommandRunner.Run("score", input, "--model", fixture.BundleDirectory);

        Assert.Equal(5, exitCode);
        var records = PredictCommandTests.JsonLines(File.ReadAllText(Path.Combine(_directory, "reviews.scored.jsonl")));
        Assert.Equal([1, 2, 3, 4, 5], records.Select(r => r.GetProperty("line").GetInt32()));
        PredictCommandTests.AssertPrediction(fixture.Model.BatchPredictor.Predict("质量很好"), records[0]);
        Assert.Contains("field 'text'", records[1].GetProperty("error").GetString());
        Assert.Contains("malformed JSON", records[2].GetProperty("error").GetString());
        Assert.Contains("empty", records[3].GetProperty("error").GetString());
        PredictCommandTests.AssertPrediction(fixture.Model.BatchPredictor.Predict("太差了"), records[4]);
        Assert.Contains("scored 2 of 5 records", error);
    }

    [Fact]
    public void Score_MissingInput_Exit2NamingIt()
    {
        var missing = Path.Combine(_directory, "missing.csv");

        var (exitCode, _, error) = ModelCommandRunner.Run("score", missing, "--model", fixture.BundleDirectory);

        Assert.Equal(2, exitCode);
        Assert.Contains(missing, error);
    }

    [Trait("Category", "Slow")]
    [Fact]
    public void Score_CsvWithUnknownHeader_Exit2NamingFileAndLine()
    {
        var input = Path.Combine(_directory, "odd.csv");
        File.WriteAllText(input, "foo,bar\n1,2\n");

        var (exitCode, _, error) = ModelCommandRunner.Run("score", input, "--model", fixture.BundleDirectory);

        Assert.Equal(2, exitCode);
        Assert.Contains(input, error);
        Assert.False(File.Exists(Path.Combine(_directory, "odd.scored.jsonl")));
    }
}
