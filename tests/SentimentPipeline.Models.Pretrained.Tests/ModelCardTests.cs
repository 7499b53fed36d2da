using SentimentPipeline.ModelCard;

namespace SentimentPipeline.Models.Pretrained.Tests;

public sealed class ModelCardTests : IDisposable
{
    private readonly TemporaryDirectory _directory = new();

    public void Dispose() => _directory.Dispose();

    [Fact]
    public void Build_RepositoryBundle_EqualsTheCommittedModelCard()
    {
        var card = ModelCardBuilder.Build(PretrainedPaths.Bundle, PretrainedPaths.Limitations);

        // When this fails after a change to the generator or the bundle: dotnet cake --target=ModelCard
        Assert.Equal(File.ReadAllText(PretrainedPaths.ModelCard), card);
    }

    [Fact]
    public void Build_RepositoryBundle_QuotesTheCommandAndTheMeasuredLimitations()
    {
        var card = ModelCardBuilder.Build(PretrainedPaths.Bundle, PretrainedPaths.Limitations);

        Assert.Contains(File.ReadAllText(Path.Combine(PretrainedPaths.Bundle, ModelCardBuilder.CommandFile)).Trim(), card);
        Assert.Contains("**sarcasm**", card);
        Assert.Contains("**domain shift**", card);
        Assert.Contains("| **neutral** statements of fact | 20 |", card);
    }

    [Fact]
    public void Load_RepositoryLimitations_CountsOfEachKind()
    {
        var set = LimitationSet.Load(PretrainedPaths.Limitations);

        Assert.Equal((30, 20, 20, 20), (set.DomainShift.Count, set.Sarcasm.Count, set.Neutral.Count, set.Mixed.Count));
        Assert.Equal(15, set.DomainShift.Count(s => s.Expected == "positive"));
        Assert.All(set.Sarcasm, s => Assert.Equal("negative", s.Expected));
    }

    [Theory]
    [InlineData("""{"domainShift":[{"expected":"good","text":"今天天气很好"}],"sarcasm":[{"expected":"negative","text":"真棒"}],"neutral":["a"],"mixed":["b"]}""", "label 'good' of \"今天天气很好\"")]
    [InlineData("""{"domainShift":[],"sarcasm":[{"expected":"negative","text":"真棒"}],"neutral":["a"],"mixed":["b"]}""", "'domainShift' must be a non-empty list")]
    [InlineData("""{"domainShift":[{"expected":"positive","text":"好"}],"sarcasm":[{"expected":"negative","text":"真棒"}],"neutral":["  "],"mixed":["b"]}""", "'neutral' must be a non-empty list without empty texts")]
    [InlineData("""{"domainShift":[{"expected":"positive","text":"好"}],"sarcasm":[{"expected":"negative","text":"真棒"}],"neutral":["a"]}""", "mixed")]
    [InlineData("""{"domainShift":[{"expected":"positive","text":"好"}],""", "limitations.json")]
    public void Load_BadFile_InvalidDataExceptionNamingFileAndProblem(string json, string expected)
    {
        var path = Path.Combine(_directory.Path, "limitations.json");
        File.WriteAllText(path, json);

        var error = Assert.Throws<InvalidDataException>(() => LimitationSet.Load(path));

        Assert.StartsWith(path, error.Message);
        Assert.Contains(expected, error.Message);
    }

    [Fact]
    public void Write_MetricsWithCalibration_TableOfItsFiguresAndBins()
    {
        var metrics = CopyBundleMetrics("""{"expectedCalibrationError":0.0123,"bins":[{"upper":0.5,"count":3,"accuracy":0.25},{"upper":1,"count":7,"accuracy":0.9}]}""");

        var card = ModelCardWriter.Write(Inputs(metrics));

        Assert.Contains("From `test.calibration` of metrics.json (test split):", card);
        Assert.Contains("| expectedCalibrationError | 0.0123 |", card);
        Assert.Contains("| upper | count | accuracy |", card);
        Assert.Contains("| 0.5 | 3 | 0.25 |", card);
    }

    [Fact]
    public void Write_CalibrationWithPerSplitFigures_TableForEachSplit()
    {
        var metrics = CopyBundleMetrics("""{"temperature":1.25,"validation":{"eceBefore":0.05,"eceAfter":0.02},"test":{"eceBefore":0.0866,"eceAfter":0.0188,"binsBefore":[]}}""");

        var card = ModelCardWriter.Write(Inputs(metrics));

        Assert.Contains("| temperature | 1.25 |", card);
        Assert.Contains("`validation`:", card);
        Assert.Contains("| eceAfter | 0.02 |", card);
        Assert.Contains("`test`:", card);
        Assert.Contains("| eceBefore | 0.0866 |", card);
    }

    [Fact]
    public void Write_MetricsWithoutCalibration_SaysSo()
    {
        var card = ModelCardWriter.Write(Inputs(CopyBundleMetrics(calibration: null)));

        Assert.Contains("has no calibration figures", card);
    }

    [Fact]
    public void Write_MetricsLackingTestSplit_InvalidDataExceptionNamingTheKey()
    {
        var path = Path.Combine(_directory.Path, "metrics.json");
        File.WriteAllText(path, """{"corpus":{"path":"c.csv","sha256":"00","reviews":1,"positive":1,"train":1,"validation":0,"test":0,"testTextsAlsoInTrain":0}}""");

        var error = Assert.Throws<InvalidDataException>(() => ModelCardWriter.Write(Inputs(MetricsDocument.Load(path))));

        Assert.Equal($"{path} lacks model.bidirectional.", error.Message);
    }

    private MetricsDocument CopyBundleMetrics(string? calibration)
    {
        var node = System.Text.Json.Nodes.JsonNode.Parse(File.ReadAllText(Path.Combine(PretrainedPaths.Bundle, "metrics.json")))!;
        // Both places the card looks (CalibrationSection.Locations); the bundle's run records the top-level one.
        node["test"]!.AsObject().Remove("calibration");
        node.AsObject().Remove("calibration");
        if (calibration is not null)
        {
            node["test"]!["calibration"] = System.Text.Json.Nodes.JsonNode.Parse(calibration);
        }

        var path = Path.Combine(_directory.Path, "metrics.json");
        File.WriteAllText(path, node.ToJsonString());
        return MetricsDocument.Load(path);
    }

    private static ModelCardInputs Inputs(MetricsDocument metrics)
        => new(metrics, new LimitationResults(new LabeledScore(30, 20), new LabeledScore(20, 4), new UnlabeledScore(20, 12, 0.8, 9), new UnlabeledScore(20, 11, 0.85, 10)),
            "dotnet cake --target=Pretrained --corpus=c.csv", 1234, ["loss.png"]);
}
