using System.Runtime.InteropServices;
using System.Text.Json;

namespace SentimentPipeline.Packaging.Tests;

/// <summary>The <c>sentiment</c> .NET tool, installed from artifacts/packages as the README says (into a tool path instead of globally).</summary>
[Collection(PackagesCollection.Name)]
[Trait("Category", "Slow")]
public sealed class ToolTests(PackagesFixture packages)
{
    [Fact]
    public void Predict_InstalledToolWithoutModel_PretrainedModelSaysSoOnStandardError()
    {
        var environment = packages.IsolatedEnvironment("tool");
        var toolPath = packages.NewScratchDirectory("tools");
        CommandRunner.RunChecked("dotnet", ["tool", "install", "--tool-path", toolPath, "--add-source", PackagesFixture.Feed, "sentiment"],
            RepositoryPaths.Root, environment, TimeSpan.FromMinutes(10));
        // The tool's launcher finds the runtime through DOTNET_ROOT: the one running these tests.
        environment["DOTNET_ROOT"] = Path.GetFullPath(Path.Combine(RuntimeEnvironment.GetRuntimeDirectory(), "..", "..", ".."));

        var (exitCode, output, error) = CommandRunner.Run(Path.Combine(toolPath, "sentiment"), ["predict", "商品质量相当不错,点赞", "什么破东西,简直没法使用"],
            RepositoryPaths.Root, environment, TimeSpan.FromMinutes(2));

        Assert.True(exitCode == 0, error);
        var predictions = output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(line => JsonDocument.Parse(line).RootElement).ToList();
        Assert.Equal(["positive", "negative"], predictions.Select(p => p.GetProperty("label").GetString()));
        Assert.Contains($"sentiment predict: no --model given, using the pretrained model {packages.Version} (trained on ", error);
        Assert.True(Directory.Exists(Path.Combine(environment["XDG_DATA_HOME"], "SentimentPipeline", "pretrained")), "the model was not extracted to the data folder");
    }
}
