using System.Diagnostics;
using System.Text.Json;
using SentimentPipeline.TestSupport;

namespace SentimentPipeline.Prediction.Tests;

/// <summary>
/// The documented MSBuild switch, as ONNX Runtime and ML.NET intend it: the library references the managed API only;
/// an app references one native package, CPU by default, CUDA for the runtime being built with the switch. Evaluates
/// the projects (no restore needed). The Cake target GpuPackageCheck restores and builds the switch for real.
/// </summary>
[Trait("Category", "Slow")]
public sealed class OnnxRuntimeGpuSwitchTests
{
    private static readonly string[] NativePackages =
        ["Microsoft.ML.OnnxRuntime", "Microsoft.ML.OnnxRuntime.Gpu", "Microsoft.ML.OnnxRuntime.Gpu.Linux", "Microsoft.ML.OnnxRuntime.Gpu.Windows"];

    [Theory]
    [InlineData(null)]
    [InlineData("true")]
    public void Library_AnySwitch_ManagedOnly(string? value)
    {
        var packages = PackageReferences("src/SentimentPipeline.Prediction/SentimentPipeline.Prediction.csproj", value is null ? [] : [$"-p:UseOnnxRuntimeGpu={value}"]);

        Assert.Contains("Microsoft.ML.OnnxRuntime.Managed", packages);
        Assert.Contains("Microsoft.ML.OnnxTransformer", packages);
        Assert.Empty(packages.Intersect(NativePackages));
    }

    [Theory]
    [InlineData(null, null, "Microsoft.ML.OnnxRuntime")]
    [InlineData("false", null, "Microsoft.ML.OnnxRuntime")]
    [InlineData("true", "linux-x64", "Microsoft.ML.OnnxRuntime.Gpu.Linux")]
    [InlineData("true", "win-x64", "Microsoft.ML.OnnxRuntime.Gpu.Windows")]
    public void App_UseOnnxRuntimeGpu_OneNativePackageForTheRuntime(string? value, string? runtime, string expected)
    {
        string[] properties = [.. value is null ? [] : new[] { $"-p:UseOnnxRuntimeGpu={value}" }, .. runtime is null ? [] : new[] { $"-p:RuntimeIdentifier={runtime}" }];

        var packages = PackageReferences("src/SentimentPipeline.Cli/SentimentPipeline.Cli.csproj", properties);

        Assert.Equal([expected], packages.Intersect(NativePackages));
    }

    [Fact]
    public void Versions_AllOnnxRuntimePackages_OneVersion()
    {
        var props = System.Xml.Linq.XDocument.Load(Path.Combine(RepositoryPaths.Root, "Directory.Packages.props"));
        var versions = props.Descendants("PackageVersion")
            .Where(p => ((string)p.Attribute("Include")!).StartsWith("Microsoft.ML.OnnxRuntime", StringComparison.Ordinal))
            .ToDictionary(p => (string)p.Attribute("Include")!, p => (string)p.Attribute("Version")!);

        Assert.Equal(["Microsoft.ML.OnnxRuntime", "Microsoft.ML.OnnxRuntime.Gpu.Linux", "Microsoft.ML.OnnxRuntime.Gpu.Windows", "Microsoft.ML.OnnxRuntime.Managed"], versions.Keys.Order());
        Assert.Single(versions.Values.Distinct());
    }

    private static List<string> PackageReferences(string relativeProject, string[] properties)
    {
        var project = Path.Combine(RepositoryPaths.Root, relativeProject);
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in (string[])["msbuild", project, "-getItem:PackageReference", .. properties])
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        Assert.True(process.WaitForExit(TimeSpan.FromMinutes(2)), "dotnet msbuild did not finish");
        Assert.True(process.ExitCode == 0, output.Result + error.Result);
        using var json = JsonDocument.Parse(output.Result);
        return [.. json.RootElement.GetProperty("Items").GetProperty("PackageReference").EnumerateArray().Select(i => i.GetProperty("Identity").GetString()!)];
    }
}
