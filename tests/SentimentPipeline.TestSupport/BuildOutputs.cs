using System.Reflection;

namespace SentimentPipeline.TestSupport;

/// <summary>
/// Programs other projects build, found where MSBuild put them: a test project lists them as <c>BuildOutputPath</c>
/// items (build/BuildOutputPaths.targets), which records each path in its assembly at build time.
/// </summary>
public static class BuildOutputs
{
    /// <summary>The path recorded under <paramref name="key"/> in <paramref name="assembly"/>.</summary>
    /// <exception cref="InvalidOperationException">The assembly records no such path (its project lists no such item).</exception>
    /// <exception cref="FileNotFoundException">The program is not built at that path.</exception>
    public static string Path(Assembly assembly, string key)
    {
        ArgumentNullException.ThrowIfNull(assembly);
        var path = assembly.GetCustomAttributes<AssemblyMetadataAttribute>().SingleOrDefault(attribute => attribute.Key == key)?.Value
            ?? throw new InvalidOperationException($"{assembly.GetName().Name} records no build output '{key}': add <BuildOutputPath Include=\"….csproj\" Key=\"{key}\" /> to its project.");
        return File.Exists(path)
            ? path
            : throw new FileNotFoundException($"'{key}' is not built at {path} (its project reference builds it first; build the test project again).", path);
    }
}
