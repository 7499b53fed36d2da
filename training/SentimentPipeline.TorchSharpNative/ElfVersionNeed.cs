namespace SentimentPipeline.TorchSharpNative;

/// <summary>One entry of an ELF object's <c>.gnu.version_r</c>: a symbol version required from a library.</summary>
/// <param name="File">The library the version is required from, e.g. <c>libstdc++.so.6</c>.</param>
/// <param name="Name">The version name, e.g. <c>GLIBCXX_3.4.32</c>.</param>
/// <param name="Index">The version index symbols refer to in <c>.gnu.version</c>.</param>
/// <param name="Flags">The entry's flags (VER_FLG_WEAK = 2).</param>
/// <param name="AuxOffset">File offset of the entry's <c>Elf64_Vernaux</c> record.</param>
internal sealed record ElfVersionNeed(string File, string Name, int Index, ushort Flags, int AuxOffset);
