using System.Text.RegularExpressions;
using SentimentPipeline.Samples;
using SentimentPipeline.TestSupport;

namespace SentimentPipeline.Prediction.Tests;

/// <summary>The library package README's sample is this project's Samples/LibraryUsageSample.cs: compiled here, run here.</summary>
[Collection(ModelCollection.Name)]
public sealed partial class LibraryUsageSampleTests(ModelFixture fixture)
{
    private static string ReadmePath => Path.Combine(RepositoryPaths.Root, "src", "SentimentPipeline.Prediction", "README.md");

    private static string SamplePath => Path.Combine(RepositoryPaths.Root, "tests", "SentimentPipeline.Prediction.Tests", "Samples", "LibraryUsageSample.cs");

    [Fact]
    public void Run_TinyBundle_ScoresLikeTheBatchPredictor()
    {
        var results = LibraryUsageSample.Run(fixture.BundleDirectory);

        var expected = fixture.Model.BatchPredictor.Predict(["商品质量相当不错,点赞", "什么破东西,简直没法使用", "物流很快，包装完好", "还不错"]);
        Assert.Equal(expected.Select(p => p.Label), results.Select(p => p.Label));
        Assert.Equal(expected.Select(p => p.Positive), results.Select(p => p.Positive), (a, b) => Math.Abs(a - b) < 1e-6f);
    }

    [Fact]
    public void PackageReadme_ContainsTheCompiledSampleVerbatim()
    {
        var readme = File.ReadAllText(ReadmePath).ReplaceLineEndings("\n");
        var block = SampleBlock().Match(readme);

        Assert.True(block.Success, $"{ReadmePath} has no ```csharp block after '<!-- sample: LibraryUsageSample.cs -->'.");
        Assert.Equal(File.ReadAllText(SamplePath).ReplaceLineEndings("\n").Trim(), block.Groups["code"].Value.Trim());
    }

    [GeneratedRegex(@"<!-- sample: LibraryUsageSample\.cs -->\s*```csharp\n(?<code>.*?)```", RegexOptions.Singleline)]
    private static partial Regex SampleBlock();
}
