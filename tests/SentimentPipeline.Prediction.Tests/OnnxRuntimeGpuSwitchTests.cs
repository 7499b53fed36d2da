using System.Diagnostics;
using System.Text.Json;
using SentimentPipeline.Tests.Shared;

namespace SentimentPipeline.Prediction.Tests;

/// <summary>
/// The documented MSBuild switch: evaluates the prediction project (no restore needed, the GPU package is not served
/// here) and checks which native ONNX Runtime package it references.
/// </summary>
public sealed class OnnxRuntimeGpuSwitchTests
{
    [Theory]
    [InlineData(null, "Microsoft.ML.OnnxRuntime", "Microsoft.ML.OnnxRuntime.Gpu")]
    [InlineData("false", "Microsoft.ML.OnnxRuntime", "Microsoft.ML.OnnxRuntime.Gpu")]
    [InlineData("true", "Microsoft.ML.OnnxRuntime.Gpu", "Microsoft.ML.OnnxRuntime")]
    public void PackageReferences_UseOnnxRuntimeGpu_SelectsOneNativePackage(string? value, string referenced, string notReferenced)
    {
        var packages = PackageReferences(value is null ? [] : [$"-p:UseOnnxRuntimeGpu={value}"]);

        Assert.Contains(referenced, packages);
        Assert.DoesNotContain(notReferenced, packages);
        Assert.Contains("Microsoft.ML.OnnxTransformer", packages);
    }

    private static List<string> PackageReferences(string[] properties)
    {
        var project = Path.Combine(RepositoryPaths.Root, "src", "SentimentPipeline.Prediction", "SentimentPipeline.Prediction.csproj");
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
