using System.Reflection;
using System.Runtime.InteropServices;
using TorchSharp;

namespace SentimentPipeline.TorchSharpNative;

/// <summary>
/// Makes TorchSharp's native backend loadable. TorchSharp-cpu 0.107's <c>libLibTorchSharp.so</c> asks for
/// <c>GLIBCXX_3.4.32</c> (GCC 13) only for <c>std::ios_base_library_init()</c>, a symbol it never calls; older
/// systems such as Debian 12 stop at 3.4.30 and TorchSharp's first use throws. Where (and only where) the loaded
/// libstdc++ lacks a required version, this loads a patched copy (the requirement marked weak, the symbol
/// unversioned) plus a tiny g++-built library that defines the symbol, and points TorchSharp at that copy.
/// Call <see cref="EnsureLoaded"/> before the first use of <c>torch</c>; it is cheap after the first call.
/// </summary>
public static class TorchSharpNativeLoader
{
    /// <summary>Environment variable that overrides the cache directory of the patched libraries.</summary>
    public const string CacheDirectoryVariable = "SENTIMENTPIPELINE_NATIVE_CACHE";

    /// <summary>runtimeconfig (AppContext) key a project can set to choose the cache directory.</summary>
    public const string CacheDirectoryAppContextKey = "SentimentPipeline.NativeCacheDirectory";

    private const string LibraryName = "LibTorchSharp";
    private const string LibraryFile = "libLibTorchSharp.so";

    // Native libraries are process-wide: loading them once per process is the only correct granularity.
    private static readonly Lazy<TorchSharpNativeStatus> Loaded = new(Load, LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>What was done (patched or not, and why). Loads on first access, like <see cref="EnsureLoaded"/>.</summary>
    public static TorchSharpNativeStatus Status => Loaded.Value;

    /// <summary>Prepares and loads TorchSharp's native library if this system needs it; idempotent and thread-safe.</summary>
    /// <exception cref="TorchSharpNativeLoadException">The library cannot be made loadable (message says why).</exception>
    public static void EnsureLoaded() => _ = Loaded.Value;

    private static TorchSharpNativeStatus Load()
    {
        if (!OperatingSystem.IsLinux() || RuntimeInformation.ProcessArchitecture != Architecture.X64)
        {
            return new TorchSharpNativeStatus(false, "not linux-x64: TorchSharp's own loader is used", null, null);
        }

        var original = LocateLibTorchSharp();
        var libStdCxx = LoadedLibStdCxxPath();
        var missing = GlibcxxCompatibility.MissingVersions(ElfImage.Load(original), ElfImage.Load(libStdCxx));
        if (missing.Count == 0)
        {
            return new TorchSharpNativeStatus(false, $"{libStdCxx} provides every version {LibraryFile} needs", original, null);
        }

        var reason = $"{libStdCxx} lacks {string.Join(", ", missing.Select(m => m.Name))}";
        try
        {
            var prepared = GlibcxxCompatibility.Prepare(original, missing, NativeCacheDirectory.Resolve());
            NativeLibrary.Load(prepared.CompatLibraryPath);
            PreloadDependencies(original);
            var handle = NativeLibrary.Load(prepared.PatchedLibraryPath);
            NativeLibrary.SetDllImportResolver(typeof(torch).Assembly, (name, _, _) => name == LibraryName ? handle : IntPtr.Zero);
            return new TorchSharpNativeStatus(true, reason, prepared.PatchedLibraryPath, prepared.CompatLibraryPath);
        }
        catch (Exception e) when (e is DllNotFoundException or BadImageFormatException or IOException or UnauthorizedAccessException or InvalidDataException)
        {
            throw new TorchSharpNativeLoadException($"TorchSharp cannot be loaded: {reason}, and preparing the compatible copy of {original} failed: {e.Message}", e);
        }
    }

    // libLibTorchSharp finds libtorch*.so through RUNPATH $ORIGIN, which does not hold for the copy in the cache:
    // loading them from the original directory first lets the loader match them by soname.
    private static void PreloadDependencies(string original)
    {
        var directory = Path.GetDirectoryName(original)!;
        foreach (var dependency in new[] { "libc10.so", "libtorch_cpu.so", "libtorch.so" })
        {
            var path = Path.Combine(directory, dependency);
            if (File.Exists(path))
            {
                NativeLibrary.Load(path);
            }
        }
    }

    /// <summary>The <c>libLibTorchSharp.so</c> shipped with the application (TorchSharp-cpu package).</summary>
    internal static string LocateLibTorchSharp()
    {
        var candidates = new List<string>();
        if (AppContext.GetData("NATIVE_DLL_SEARCH_DIRECTORIES") is string searchDirectories)
        {
            candidates.AddRange(searchDirectories.Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries));
        }

        candidates.Add(AppContext.BaseDirectory);
        var assemblyDirectory = Path.GetDirectoryName(typeof(torch).Assembly.Location);
        if (!string.IsNullOrEmpty(assemblyDirectory))
        {
            candidates.Add(assemblyDirectory);
            candidates.Add(Path.Combine(assemblyDirectory, "runtimes", "linux-x64", "native"));
            // Running straight from the NuGet package cache: lib/<tfm>/TorchSharp.dll → runtimes/linux-x64/native.
            candidates.Add(Path.Combine(assemblyDirectory, "..", "..", "runtimes", "linux-x64", "native"));
        }

        var found = candidates.Select(d => Path.GetFullPath(Path.Combine(d, LibraryFile))).FirstOrDefault(File.Exists);
        return found ?? throw new TorchSharpNativeLoadException(
            $"{LibraryFile} was not found next to the application or TorchSharp ({string.Join(", ", candidates.Distinct())}); reference the TorchSharp-cpu package.");
    }

    private static string LoadedLibStdCxxPath()
    {
        // Load it if the runtime has not, then read back which file the dynamic loader actually mapped.
        NativeLibrary.Load("libstdc++.so.6");
        var mapped = File.ReadLines("/proc/self/maps")
            .Select(line => line.IndexOf('/', StringComparison.Ordinal) is var slash and >= 0 ? line[slash..] : null)
            .FirstOrDefault(path => path is not null && Path.GetFileName(path).StartsWith("libstdc++.so", StringComparison.Ordinal));
        return mapped ?? throw new TorchSharpNativeLoadException("libstdc++.so.6 is loaded but not visible in /proc/self/maps.");
    }
}
