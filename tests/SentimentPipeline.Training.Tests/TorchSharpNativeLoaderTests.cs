using System.Text;
using TorchSharp;

namespace SentimentPipeline.Training.Tests;

public sealed class TorchSharpNativeLoaderTests
{
    [Fact]
    public void EnsureLoaded_ThenTorchComputes()
    {
        TorchSharpNativeLoader.EnsureLoaded();

        using var sum = torch.ones(3, 4).sum();

        Assert.Equal(12f, sum.item<float>());
    }

    [Fact]
    public void Status_PatchesExactlyWhenSystemLibStdCxxLacksVersion32()
    {
        TorchSharpNativeLoader.EnsureLoaded();
        var status = TorchSharpNativeLoader.Status;
        var libStdCxx = File.ReadLines("/proc/self/maps").Select(l => l[(l.IndexOf('/') is var i and >= 0 ? i : l.Length)..])
            .First(p => Path.GetFileName(p).StartsWith("libstdc++.so", StringComparison.Ordinal));

        var hasVersion = ContainsAscii(File.ReadAllBytes(libStdCxx), "GLIBCXX_3.4.32");

        Assert.Equal(!hasVersion, status.Patched);
        if (status.Patched)
        {
            Assert.True(File.Exists(status.CompatLibraryPath));
            Assert.Contains("GLIBCXX_3.4.32", status.Reason, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Patch_RealLibrary_LeavesNoHardRequirementOnMissingVersion()
    {
        var original = TorchSharpNativeLoader.LocateLibTorchSharp();
        var image = ElfImage.Load(original);
        var need = image.VersionNeeds().Single(n => n.Name == "GLIBCXX_3.4.32");
        Assert.Equal([GlibcxxCompatibility.IosBaseLibraryInit], image.SymbolsWithVersion(need.Index));

        var patchedPath = Path.Combine(Path.GetTempPath(), $"patched-{Guid.NewGuid():N}.so");
        try
        {
            File.WriteAllBytes(patchedPath, GlibcxxCompatibility.Patch(image, [need]));
            var patched = ElfImage.Load(patchedPath);

            Assert.Equal(0x2, patched.VersionNeeds().Single(n => n.Name == "GLIBCXX_3.4.32").Flags & 0x2);
            Assert.Empty(patched.SymbolsWithVersion(need.Index));
            Assert.Equal(new FileInfo(original).Length, new FileInfo(patchedPath).Length);
        }
        finally
        {
            File.Delete(patchedPath);
        }
    }

    [Fact]
    public void Prepare_WithoutGxx_ThrowsSayingHowToInstallIt()
    {
        var original = TorchSharpNativeLoader.LocateLibTorchSharp();
        var image = ElfImage.Load(original);
        var missing = image.VersionNeeds().Where(n => n.Name == "GLIBCXX_3.4.32").ToList();
        var cache = Path.Combine(Path.GetTempPath(), $"native-cache-{Guid.NewGuid():N}");
        var path = Environment.GetEnvironmentVariable("PATH");
        Environment.SetEnvironmentVariable("PATH", cache);
        try
        {
            var error = Assert.Throws<TorchSharpNativeLoadException>(() => GlibcxxCompatibility.Prepare(original, missing, cache));

            Assert.Contains("g++", error.Message, StringComparison.Ordinal);
            Assert.Contains("apt-get install g++", error.Message, StringComparison.Ordinal);
            Assert.DoesNotContain(Directory.GetFiles(Directory.GetDirectories(cache).Single()), f => f.EndsWith("compat.so", StringComparison.Ordinal));
        }
        finally
        {
            Environment.SetEnvironmentVariable("PATH", path);
            Directory.Delete(cache, recursive: true);
        }
    }

    [Fact]
    public void Load_NotAnElfFile_ThrowsInvalidDataNamingFile()
    {
        var path = Path.Combine(Path.GetTempPath(), $"not-elf-{Guid.NewGuid():N}.so");
        File.WriteAllText(path, "this is text, not a shared library");
        try
        {
            var error = Assert.Throws<InvalidDataException>(() => ElfImage.Load(path));

            Assert.Contains(path, error.Message, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(path);
        }
    }

    private static bool ContainsAscii(byte[] haystack, string needle) =>
        haystack.AsSpan().IndexOf(Encoding.ASCII.GetBytes(needle)) >= 0;
}
