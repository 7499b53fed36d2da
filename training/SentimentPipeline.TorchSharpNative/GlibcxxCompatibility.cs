using System.Diagnostics;
using System.Security.Cryptography;
using SentimentPipeline.ModelBundle;

namespace SentimentPipeline.TorchSharpNative;

/// <summary>
/// Prepares the two files that let a GCC 13 built <c>libLibTorchSharp.so</c> load against an older libstdc++:
/// a copy whose missing version requirement is weak and whose only symbol of that version is unversioned, and
/// a g++-compiled library that defines that symbol. Both are cached per original-library hash.
/// </summary>
internal static class GlibcxxCompatibility
{
    /// <summary>The one libstdc++ 3.4.32 symbol TorchSharp references: emitted by GCC 13's &lt;iostream&gt;, never called.</summary>
    public const string IosBaseLibraryInit = "_ZSt21ios_base_library_initv";

    private const string CompatSource = """
        // Defines std::ios_base_library_init(), new in GCC 13's libstdc++ (GLIBCXX_3.4.32), for older systems.
        #include <ios>
        namespace std {
        void ios_base_library_init() { static ios_base::Init init; }
        }
        """;

    /// <summary>Version requirements on libstdc++ that <paramref name="libStdCxx"/> does not define (weak ones ignored).</summary>
    public static IReadOnlyList<ElfVersionNeed> MissingVersions(ElfImage library, ElfImage libStdCxx)
    {
        ArgumentNullException.ThrowIfNull(library);
        ArgumentNullException.ThrowIfNull(libStdCxx);
        var defined = libStdCxx.DefinedVersions().ToHashSet(StringComparer.Ordinal);
        return library.VersionNeeds()
            .Where(n => n.File.StartsWith("libstdc++", StringComparison.Ordinal) && (n.Flags & 0x2) == 0 && !defined.Contains(n.Name))
            .ToList();
    }

    /// <summary>Returns the bytes of <paramref name="library"/> with the missing requirements made harmless.</summary>
    /// <exception cref="TorchSharpNativeLoadException">A missing version covers symbols this fix cannot supply.</exception>
    public static byte[] Patch(ElfImage library, IReadOnlyList<ElfVersionNeed> missing)
    {
        ArgumentNullException.ThrowIfNull(library);
        ArgumentNullException.ThrowIfNull(missing);
        foreach (var need in missing)
        {
            var symbols = library.SymbolsWithVersion(need.Index);
            var unsupported = symbols.Where(s => s != IosBaseLibraryInit).ToList();
            if (unsupported.Count > 0)
            {
                throw new TorchSharpNativeLoadException(
                    $"libLibTorchSharp.so needs {need.Name} from {need.File} for {string.Join(", ", unsupported)}, which this system's libstdc++ lacks; install a newer libstdc++ (GCC 13 or later).");
            }

            library.MarkWeak(need);
            foreach (var symbol in symbols)
            {
                library.MakeUnversioned(symbol);
            }
        }

        return library.Bytes.ToArray();
    }

    /// <summary>Writes (or reuses) the patched copy and the compatibility library under <paramref name="cacheRoot"/>.</summary>
    public static PreparedLibraries Prepare(string originalPath, IReadOnlyList<ElfVersionNeed> missing, string cacheRoot)
    {
        var originalBytes = File.ReadAllBytes(originalPath);
        var key = Convert.ToHexStringLower(SHA256.HashData(originalBytes))[..16];
        var directory = Path.Combine(cacheRoot, key);
        Directory.CreateDirectory(directory);

        var patchedPath = Path.Combine(directory, Path.GetFileName(originalPath));
        var patched = Patch(ElfImage.Load(originalPath), missing);
        if (!File.Exists(patchedPath) || !File.ReadAllBytes(patchedPath).AsSpan().SequenceEqual(patched))
        {
            AtomicFile.WriteAllBytes(patchedPath, patched);
        }

        var compatPath = Path.Combine(directory, "libglibcxx-ios-init-compat.so");
        if (!File.Exists(compatPath) || !ElfImage.Load(compatPath).DefinesSymbol(IosBaseLibraryInit))
        {
            BuildCompatLibrary(directory, compatPath);
        }

        return new PreparedLibraries(patchedPath, compatPath);
    }

    private static void BuildCompatLibrary(string directory, string compatPath)
    {
        var sourcePath = Path.Combine(directory, "glibcxx-ios-init-compat.cpp");
        AtomicFile.WriteAllText(sourcePath, CompatSource);
        var temporary = Path.Combine(directory, $".compat.{Environment.ProcessId}.{Guid.NewGuid():N}.so");
        var start = new ProcessStartInfo("g++") { RedirectStandardError = true, RedirectStandardOutput = true };
        foreach (var argument in new[] { "-shared", "-fPIC", "-O2", "-o", temporary, sourcePath })
        {
            start.ArgumentList.Add(argument);
        }

        try
        {
            using var process = Process.Start(start) ?? throw new TorchSharpNativeLoadException("g++ could not be started.");
            var errors = process.StandardError.ReadToEndAsync();
            _ = process.StandardOutput.ReadToEnd();
            process.WaitForExit();
            if (process.ExitCode != 0)
            {
                throw new TorchSharpNativeLoadException($"g++ failed (exit {process.ExitCode}) compiling {sourcePath}: {errors.Result}");
            }

            File.Move(temporary, compatPath, overwrite: true);
        }
        catch (System.ComponentModel.Win32Exception e)
        {
            throw new TorchSharpNativeLoadException(
                "g++ was not found, but this system's libstdc++ is older than TorchSharp needs and the compatibility library must be compiled once: install g++ (e.g. 'apt-get install g++') or use a system with GCC 13's libstdc++.", e);
        }
        finally
        {
            File.Delete(temporary);
        }
    }
}
