namespace SentimentPipeline.TorchSharpNative;

/// <summary>The patched TorchSharp library and the compatibility library that supplies its missing symbol.</summary>
internal sealed record PreparedLibraries(string PatchedLibraryPath, string CompatLibraryPath);
