using System.Buffers.Binary;
using System.Text;

namespace SentimentPipeline.TorchSharpNative;

/// <summary>
/// A minimal little-endian ELF64 reader/patcher for the dynamic symbol versioning tables
/// (<c>.dynsym</c>, <c>.gnu.version</c>, <c>.gnu.version_r</c>, <c>.gnu.version_d</c>). It edits bytes in place
/// and never changes the file size, so every offset in the image stays valid.
/// </summary>
internal sealed class ElfImage
{
    private const uint SectionTypeDynamicSymbols = 11;
    private const uint SectionTypeVersionDefinitions = 0x6ffffffd;
    private const uint SectionTypeVersionNeeds = 0x6ffffffe;
    private const uint SectionTypeVersionSymbols = 0x6fffffff;
    private const ushort VersionFlagWeak = 0x2;
    private const ushort VersionIndexGlobal = 1;
    private const int SymbolSize = 24;

    private readonly byte[] _bytes;
    private readonly string _path;
    private readonly IReadOnlyList<Section> _sections;

    private ElfImage(string path, byte[] bytes)
    {
        _path = path;
        _bytes = bytes;
        if (bytes.Length < 64 || bytes[0] != 0x7f || bytes[1] != (byte)'E' || bytes[2] != (byte)'L' || bytes[3] != (byte)'F')
        {
            throw Invalid("not an ELF file");
        }

        if (bytes[4] != 2 || bytes[5] != 1)
        {
            throw Invalid("only little-endian 64-bit ELF files are supported");
        }

        _sections = ReadSections();
    }

    /// <summary>The image's bytes, including any patches applied so far.</summary>
    public ReadOnlySpan<byte> Bytes => _bytes;

    /// <summary>Reads a whole ELF file.</summary>
    public static ElfImage Load(string path) => new(path, File.ReadAllBytes(path));

    /// <summary>Version names this object defines (<c>.gnu.version_d</c>), e.g. <c>GLIBCXX_3.4.30</c>.</summary>
    public IReadOnlyList<string> DefinedVersions()
    {
        var section = FindSection(SectionTypeVersionDefinitions);
        if (section is null)
        {
            return [];
        }

        var strings = _sections[(int)section.Link];
        var names = new List<string>();
        var offset = section.Offset;
        for (var i = 0; i < section.Info; i++)
        {
            var auxOffset = offset + I32(offset + 12);
            names.Add(ReadString(strings, U32(auxOffset)));
            var next = I32(offset + 16);
            if (next == 0)
            {
                break;
            }

            offset += next;
        }

        return names;
    }

    /// <summary>Version requirements of this object (<c>.gnu.version_r</c>): library, version name, index, flags.</summary>
    public IReadOnlyList<ElfVersionNeed> VersionNeeds()
    {
        var section = FindSection(SectionTypeVersionNeeds);
        if (section is null)
        {
            return [];
        }

        var strings = _sections[(int)section.Link];
        var needs = new List<ElfVersionNeed>();
        var offset = section.Offset;
        for (var i = 0; i < section.Info; i++)
        {
            var file = ReadString(strings, U32(offset + 4));
            var auxCount = U16(offset + 2);
            var auxOffset = offset + I32(offset + 8);
            for (var j = 0; j < auxCount; j++)
            {
                needs.Add(new ElfVersionNeed(file, ReadString(strings, U32(auxOffset + 8)), U16(auxOffset + 6), U16(auxOffset + 4), auxOffset));
                auxOffset += I32(auxOffset + 12);
            }

            var next = I32(offset + 12);
            if (next == 0)
            {
                break;
            }

            offset += next;
        }

        return needs;
    }

    /// <summary>Names of the dynamic symbols whose version index (<c>.gnu.version</c>) is <paramref name="versionIndex"/>.</summary>
    public IReadOnlyList<string> SymbolsWithVersion(int versionIndex)
    {
        var (symbols, strings, versions) = SymbolTables();
        var names = new List<string>();
        for (var i = 0; i < symbols.Size / SymbolSize; i++)
        {
            if ((U16(versions.Offset + (i * 2)) & 0x7fff) == versionIndex)
            {
                names.Add(ReadString(strings, U32(symbols.Offset + (i * SymbolSize))));
            }
        }

        return names;
    }

    /// <summary>True when the dynamic symbol table has a defined (not undefined) symbol of this name.</summary>
    public bool DefinesSymbol(string name)
    {
        var section = FindSection(SectionTypeDynamicSymbols) ?? throw Invalid("no .dynsym section");
        var strings = _sections[(int)section.Link];
        for (var i = 0; i < section.Size / SymbolSize; i++)
        {
            var symbol = section.Offset + (i * SymbolSize);
            if (U16(symbol + 6) != 0 && ReadString(strings, U32(symbol)) == name)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Sets VER_FLG_WEAK on a version requirement, so the loader only warns when the version is absent.</summary>
    public void MarkWeak(ElfVersionNeed need)
    {
        ArgumentNullException.ThrowIfNull(need);
        BinaryPrimitives.WriteUInt16LittleEndian(_bytes.AsSpan(need.AuxOffset + 4), (ushort)(need.Flags | VersionFlagWeak));
    }

    /// <summary>Gives a dynamic symbol the global (unversioned) version index, so any provider satisfies it.</summary>
    public void MakeUnversioned(string symbolName)
    {
        var (symbols, strings, versions) = SymbolTables();
        for (var i = 0; i < symbols.Size / SymbolSize; i++)
        {
            if (ReadString(strings, U32(symbols.Offset + (i * SymbolSize))) == symbolName)
            {
                BinaryPrimitives.WriteUInt16LittleEndian(_bytes.AsSpan(versions.Offset + (i * 2)), VersionIndexGlobal);
                return;
            }
        }

        throw Invalid($"symbol {symbolName} not found in .dynsym");
    }

    private (Section Symbols, Section Strings, Section Versions) SymbolTables()
    {
        var symbols = FindSection(SectionTypeDynamicSymbols) ?? throw Invalid("no .dynsym section");
        var versions = FindSection(SectionTypeVersionSymbols) ?? throw Invalid("no .gnu.version section");
        return (symbols, _sections[(int)symbols.Link], versions);
    }

    private List<Section> ReadSections()
    {
        var tableOffset = checked((int)U64(40));
        var entrySize = U16(58);
        var count = U16(60);
        if (tableOffset <= 0 || entrySize < 64 || tableOffset + ((long)count * entrySize) > _bytes.Length)
        {
            throw Invalid("section header table is missing or truncated");
        }

        var sections = new List<Section>(count);
        for (var i = 0; i < count; i++)
        {
            var header = tableOffset + (i * entrySize);
            var section = new Section(U32(header + 4), checked((int)U64(header + 24)), checked((int)U64(header + 32)), U32(header + 40), U32(header + 44));
            if (section.Type != 8 && section.Offset + (long)section.Size > _bytes.Length)
            {
                throw Invalid($"section {i} lies outside the file");
            }

            sections.Add(section);
        }

        return sections;
    }

    private Section? FindSection(uint type) => _sections.FirstOrDefault(s => s.Type == type);

    private string ReadString(Section strings, uint offset)
    {
        var start = strings.Offset + (int)offset;
        var end = Array.IndexOf(_bytes, (byte)0, start);
        if (offset >= strings.Size || end < 0)
        {
            throw Invalid($"string offset {offset} outside its string table");
        }

        return Encoding.UTF8.GetString(_bytes, start, end - start);
    }

    private ushort U16(int offset) => BinaryPrimitives.ReadUInt16LittleEndian(_bytes.AsSpan(offset));

    private uint U32(int offset) => BinaryPrimitives.ReadUInt32LittleEndian(_bytes.AsSpan(offset));

    private int I32(int offset) => checked((int)U32(offset));

    private ulong U64(int offset) => BinaryPrimitives.ReadUInt64LittleEndian(_bytes.AsSpan(offset));

    private InvalidDataException Invalid(string what) => new($"{_path}: {what}.");

    private sealed record Section(uint Type, int Offset, int Size, uint Link, uint Info);
}
