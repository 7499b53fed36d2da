using System.Runtime.InteropServices;

namespace SentimentPipeline.Packaging.Tests;

/// <summary>
/// A build copies only this machine's native libraries (build/NativeRuntimesOfThisMachine.targets): every platform's
/// libtorch and ONNX Runtime in every test project made a clone's build 8.3 GB, and CI ran out of disk on it.
/// </summary>
public sealed class BuildOutputTests
{
    [Fact]
    public void TestProjectOutput_OnlyThisMachinesNativeRuntimes()
    {
        var runtimes = Path.Combine(AppContext.BaseDirectory, "runtimes");
        var os = OperatingSystem.IsWindows() ? "win" : OperatingSystem.IsMacOS() ? "osx" : "linux";
        var thisMachine = $"{os}-{RuntimeInformation.OSArchitecture.ToString().ToLowerInvariant()}";

        var platforms = Directory.GetDirectories(runtimes)
            // An incremental build deletes the files it no longer copies but leaves their folders.
            .Where(dir => Directory.Exists(Path.Combine(dir, "native")) && Directory.EnumerateFiles(Path.Combine(dir, "native")).Any())
            .Select(Path.GetFileName)
            .ToList();

        Assert.Equal([thisMachine], platforms);
        Assert.NotEmpty(Directory.GetFiles(Path.Combine(runtimes, thisMachine, "native"), "*onnxruntime*"));
    }
}
