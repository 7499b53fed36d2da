using System.Text.Json;

namespace SentimentPipeline.Packaging.Tests;

/// <summary>examples/ConsoleApp, restored with artifacts/packages as the only source of our packages, built and run.</summary>
[Collection(PackagesCollection.Name)]
[Trait("Category", "Slow")]
public sealed class SampleAppTests(PackagesFixture packages)
{
    [Fact]
    public void ConsoleApp_RestoredFromTheLocalFeed_TutorialSentencesPositiveThenNegative()
    {
        var environment = packages.IsolatedEnvironment("console");
        var build = packages.NewScratchDirectory("console-build");
        CommandRunner.RunChecked("dotnet", ["build", Path.Combine("examples", "ConsoleApp"), "-c", "Release", "--artifacts-path", build],
            RepositoryPaths.Root, environment, TimeSpan.FromMinutes(10));

        var output = CommandRunner.RunChecked("dotnet", [Path.Combine(build, "bin", "ConsoleApp", "release", "review-sentiment.dll")],
            RepositoryPaths.Root, environment, TimeSpan.FromMinutes(2));

        var lines = output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => l.Split('\t')).ToList();
        Assert.Equal(2, lines.Count);
        Assert.Equal(("positive", "商品质量相当不错,点赞"), (lines[0][0], lines[0][2]));
        Assert.Equal(("negative", "什么破东西,简直没法使用"), (lines[1][0], lines[1][2]));
    }

    [Fact]
    public void ConsoleApp_Restore_OurPackagesOnlyFromTheLocalFeedAndOnlyThoseItUses()
    {
        var environment = packages.IsolatedEnvironment("restore");
        CommandRunner.RunChecked("dotnet", ["restore", Path.Combine("examples", "ConsoleApp"), "--artifacts-path", packages.NewScratchDirectory("restore-build")],
            RepositoryPaths.Root, environment, TimeSpan.FromMinutes(10));

        var ours = Directory.GetDirectories(environment["NUGET_PACKAGES"], "sentimentpipeline.*").Order(StringComparer.Ordinal).ToList();
        Assert.Equal(
            ["sentimentpipeline.modelbundle", "sentimentpipeline.models.pretrained", "sentimentpipeline.prediction", "sentimentpipeline.preprocessing", "sentimentpipeline.segmentation"],
            ours.Select(Path.GetFileName));
        foreach (var package in ours)
        {
            using var metadata = JsonDocument.Parse(File.ReadAllText(Path.Combine(package, packages.Version, ".nupkg.metadata")));
            Assert.Equal(Path.TrimEndingDirectorySeparator(PackagesFixture.Feed),
                Path.TrimEndingDirectorySeparator(Path.GetFullPath(metadata.RootElement.GetProperty("source").GetString()!)));
        }
    }
}
