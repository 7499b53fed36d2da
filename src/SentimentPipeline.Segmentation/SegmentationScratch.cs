namespace SentimentPipeline.Segmentation;

/// <summary>
/// Per-thread working buffers for one segmenter, grown to the longest input seen and dropped again after a
/// huge one, so steady-state segmentation allocates only its output (the returned list at its exact size, and token strings
/// that are not dictionary words).
/// </summary>
internal sealed class SegmentationScratch
{
    /// <summary>Inputs longer than this many UTF-16 units do not keep their buffers afterwards.</summary>
    private const int KeepLimit = 1 << 16;

    public int[] Scalars { get; private set; } = [];

    /// <summary>The trie code of each scalar of the current block (<see cref="CharTrie.CodeOf"/>).</summary>
    public int[] Codes { get; private set; } = [];

    /// <summary>UTF-16 offset of each scalar of the current block, plus the block end.</summary>
    public int[] Offsets { get; private set; } = [];

    public double[] RouteProbability { get; private set; } = [];

    public int[] RouteEnd { get; private set; } = [];

    /// <summary>The trie node of the best route's word from each scalar, or -1 when it steps over one character that is no word.</summary>
    public int[] RouteNode { get; private set; } = [];

    /// <summary>Viterbi back-pointers, <c>[t * 4 + state]</c>.</summary>
    public byte[] Back { get; private set; } = [];

    public HmmState[] Path { get; private set; } = [];

    /// <summary>The tokens of the current <c>Cut</c>, <c>CutAll</c> or <c>CutForSearch</c> call.</summary>
    public TokenBuffer<string> Words { get; } = new();

    /// <summary>The tokens of the current <c>Tokenize</c> call.</summary>
    public TokenBuffer<Token> Tokens { get; } = new();

    public void EnsureCapacity(int length)
    {
        if (Scalars.Length > length)
        {
            return;
        }

        var size = Math.Max(length + 1, Math.Min(KeepLimit, Scalars.Length * 2));
        Scalars = new int[size];
        Codes = new int[size];
        Offsets = new int[size + 1];
        RouteProbability = new double[size + 1];
        RouteEnd = new int[size + 1];
        RouteNode = new int[size + 1];
        Back = new byte[size * HmmModel.StateCount];
        Path = new HmmState[size];
    }

    public void ReleaseIfHuge()
    {
        if (Scalars.Length > KeepLimit)
        {
            Scalars = Codes = Offsets = RouteEnd = RouteNode = [];
            RouteProbability = [];
            Back = [];
            Path = [];
        }
    }
}
