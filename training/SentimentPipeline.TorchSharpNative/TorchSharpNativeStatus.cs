namespace SentimentPipeline.TorchSharpNative;

/// <summary>What <see cref="TorchSharpNativeLoader"/> did to make TorchSharp loadable.</summary>
/// <param name="Patched">True when a patched copy of <c>libLibTorchSharp.so</c> and the compatibility library were loaded.</param>
/// <param name="Reason">Why patching was or was not needed, e.g. the libstdc++ versions the system lacks.</param>
/// <param name="LibraryPath">The <c>libLibTorchSharp.so</c> in use (the patched copy when patched); null where nothing was inspected.</param>
/// <param name="CompatLibraryPath">The compatibility library defining the missing libstdc++ symbol, when patched.</param>
public sealed record TorchSharpNativeStatus(bool Patched, string Reason, string? LibraryPath, string? CompatLibraryPath);
