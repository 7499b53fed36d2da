namespace SentimentPipeline.TorchSharpNative;

/// <summary>Where the patched TorchSharp libraries are cached: an explicit setting, else the user's cache directory.</summary>
internal static class NativeCacheDirectory
{
    public static string Resolve()
    {
        var fromEnvironment = Environment.GetEnvironmentVariable(TorchSharpNativeLoader.CacheDirectoryVariable);
        if (!string.IsNullOrWhiteSpace(fromEnvironment))
        {
            return Path.GetFullPath(fromEnvironment);
        }

        if (AppContext.GetData(TorchSharpNativeLoader.CacheDirectoryAppContextKey) is string fromRuntimeConfig && fromRuntimeConfig.Length > 0)
        {
            return Path.GetFullPath(fromRuntimeConfig);
        }

        var xdg = Environment.GetEnvironmentVariable("XDG_CACHE_HOME");
        var root = string.IsNullOrWhiteSpace(xdg)
            ? Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".cache")
            : xdg;
        return Path.Combine(root, "SentimentPipeline", "torchsharp-native");
    }
}
