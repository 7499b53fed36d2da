using System.Xml.Linq;

namespace SentimentPipeline.Packaging.Tests;

/// <summary>
/// Packs every package (the projects of build/packages.slnf, as <c>dotnet cake --target=Pack</c> does) into
/// artifacts/packages once for the tests of <see cref="PackagesCollection"/>, which then consume them from there.
/// </summary>
public sealed class PackagesFixture : IDisposable
{
    private readonly TemporaryDirectory _scratch = new();

    public PackagesFixture()
    {
        foreach (var stale in Directory.Exists(Feed) ? Directory.GetFiles(Feed, "*.*nupkg") : [])
        {
            File.Delete(stale);
        }

        CommandRunner.RunChecked("dotnet", ["pack", Path.Combine("build", "packages.slnf"), "-c", "Release", "-p:ContinuousIntegrationBuild=true"],
            RepositoryPaths.Root, null, TimeSpan.FromMinutes(15));
        Version = XDocument.Load(Path.Combine(RepositoryPaths.Root, "build", "Version.props")).Descendants("SentimentPipelineVersion").Single().Value;
    }

    /// <summary>artifacts/packages: the local feed.</summary>
    public static string Feed => Path.Combine(RepositoryPaths.Root, "artifacts", "packages");

    /// <summary>The version of every package, from build/Version.props.</summary>
    public string Version { get; }

    /// <summary>A fresh folder for one test (NuGet package folders, tool paths, caches); deleted with the fixture.</summary>
    public string NewScratchDirectory(string name) => Directory.CreateDirectory(Path.Combine(_scratch.Path, name)).FullName;

    /// <summary>
    /// The environment for commands that restore or run our packages: a fresh NuGet package folder (so that nothing
    /// comes from an earlier restore of the same version) and a fresh data folder for the pretrained model's cache.
    /// </summary>
    public Dictionary<string, string> IsolatedEnvironment(string name) => new()
    {
        ["NUGET_PACKAGES"] = NewScratchDirectory($"{name}-nuget-packages"),
        ["XDG_DATA_HOME"] = NewScratchDirectory($"{name}-data"),
        ["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1",
        ["DOTNET_NOLOGO"] = "1",
    };

    public void Dispose() => _scratch.Dispose();
}
