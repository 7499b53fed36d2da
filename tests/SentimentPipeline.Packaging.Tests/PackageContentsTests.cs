using System.IO.Compression;
using System.Xml.Linq;

namespace SentimentPipeline.Packaging.Tests;

/// <summary>What each package says about itself (nuspec) and carries: metadata, readme, docs, symbols and a minimal dependency list.</summary>
[Collection(PackagesCollection.Name)]
[Trait("Category", "Slow")]
public sealed class PackageContentsTests(PackagesFixture packages)
{
    public static TheoryData<string, string[]> Dependencies => new()
    {
        { "SentimentPipeline.ModelBundle", [] },
        { "SentimentPipeline.Segmentation", [] },
        { "SentimentPipeline.Preprocessing", ["SentimentPipeline.ModelBundle", "SentimentPipeline.Segmentation"] },
        { "SentimentPipeline.OnnxExport", ["Google.Protobuf", "SentimentPipeline.ModelBundle"] },
        {
            "SentimentPipeline.Prediction",
            ["Microsoft.Extensions.Logging.Abstractions", "Microsoft.Extensions.ObjectPool", "Microsoft.ML", "Microsoft.ML.OnnxRuntime.Managed", "Microsoft.ML.OnnxTransformer",
             "SentimentPipeline.ModelBundle", "SentimentPipeline.Preprocessing"]
        },
        { "SentimentPipeline.Service", ["Microsoft.AspNetCore.OpenApi", "SentimentPipeline.Prediction", "prometheus-net.AspNetCore"] },
        { "SentimentPipeline.Models.Pretrained", ["SentimentPipeline.Prediction"] },
    };

    [Theory]
    [MemberData(nameof(Dependencies))]
    public void Library_Packed_MetadataReadmeDocsSymbolsAndOnlyTheDependenciesItUses(string id, string[] dependencies)
    {
        using var package = ZipFile.OpenRead(PackagePath(id, "nupkg"));
        var nuspec = Nuspec(package);

        Assert.Equal(id, Element(nuspec, "id"));
        Assert.Equal(packages.Version, Element(nuspec, "version"));
        Assert.Equal("MIT", Element(nuspec, "license"));
        Assert.Equal("README.md", Element(nuspec, "readme"));
        Assert.False(string.IsNullOrWhiteSpace(Element(nuspec, "description")));
        Assert.Equal(dependencies, nuspec.Descendants(nuspec.Name.Namespace + "dependency").Select(d => (string)d.Attribute("id")!).Order(StringComparer.Ordinal));
        Assert.Contains(package.Entries, e => e.FullName == "README.md");
        Assert.Contains(package.Entries, e => e.FullName == $"lib/net10.0/{id}.dll");
        Assert.Contains(package.Entries, e => e.FullName == $"lib/net10.0/{id}.xml");
        using var symbols = ZipFile.OpenRead(PackagePath(id, "snupkg"));
        Assert.Contains(symbols.Entries, e => e.FullName == $"lib/net10.0/{id}.pdb");
    }

    [Fact]
    public void Tool_Packed_DotnetToolNamedSentimentWithEverythingInside()
    {
        using var package = ZipFile.OpenRead(PackagePath("sentiment", "nupkg"));
        var nuspec = Nuspec(package);

        Assert.Equal("DotnetTool", (string?)nuspec.Descendants(nuspec.Name.Namespace + "packageType").Single().Attribute("name"));
        Assert.Empty(nuspec.Descendants(nuspec.Name.Namespace + "dependency"));
        Assert.Equal("MIT", Element(nuspec, "license"));
        var settings = XDocument.Load(package.Entries.Single(e => e.FullName.EndsWith("/DotnetToolSettings.xml", StringComparison.Ordinal)).Open());
        Assert.Equal("sentiment", (string?)settings.Descendants("Command").Single().Attribute("Name"));
        Assert.Contains(package.Entries, e => e.Name == "SentimentPipeline.Models.Pretrained.dll");
        // Every desktop platform's ONNX Runtime, although a build copies only this machine's (build/NativeRuntimesOfThisMachine.targets).
        Assert.Contains(package.Entries, e => e.FullName.EndsWith("/runtimes/linux-x64/native/libonnxruntime.so", StringComparison.Ordinal));
        Assert.Contains(package.Entries, e => e.FullName.EndsWith("/runtimes/win-x64/native/onnxruntime.dll", StringComparison.Ordinal));
        Assert.Contains(package.Entries, e => e.FullName.EndsWith("/runtimes/osx-arm64/native/libonnxruntime.dylib", StringComparison.Ordinal));
        Assert.DoesNotContain(package.Entries, e => e.FullName.Contains("/runtimes/android/", StringComparison.Ordinal) || e.FullName.Contains("/runtimes/ios/", StringComparison.Ordinal));
    }

    private string PackagePath(string id, string extension)
    {
        var path = Path.Combine(PackagesFixture.Feed, $"{id}.{packages.Version}.{extension}");
        Assert.True(File.Exists(path), $"{path} was not packed");
        return path;
    }

    private static XElement Nuspec(ZipArchive package)
        => XDocument.Load(package.Entries.Single(e => e.FullName.EndsWith(".nuspec", StringComparison.Ordinal)).Open()).Root!;

    private static string? Element(XElement nuspec, string name) => nuspec.Descendants(nuspec.Name.Namespace + name).FirstOrDefault()?.Value;
}
