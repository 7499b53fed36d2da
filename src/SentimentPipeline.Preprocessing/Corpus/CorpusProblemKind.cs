namespace SentimentPipeline.Preprocessing.Corpus;

/// <summary>Why a corpus file or row was rejected.</summary>
public enum CorpusProblemKind
{
    /// <summary>The review text is empty or only whitespace / byte-order marks.</summary>
    EmptyText,

    /// <summary>The label value is not one of the format's positive or negative labels.</summary>
    UnknownLabel,

    /// <summary>A double quote is misplaced or never closed.</summary>
    BrokenQuote,

    /// <summary>The row has more or fewer fields than the header.</summary>
    WrongColumnCount,

    /// <summary>The row holds bytes that are not valid UTF-8.</summary>
    InvalidUtf8,

    /// <summary>The header lacks a column the format needs, or no preset matches it (file-level, never skipped).</summary>
    MissingColumn,

    /// <summary>The file is empty, or its header is not valid UTF-8 (file-level, never skipped).</summary>
    InvalidFile,
}
