namespace SentimentPipeline.Segmentation;

/// <summary>
/// Character positions of the B/E/M/S tagger. The numeric order is that of Python's state names (B &lt; E &lt; M &lt; S) and decides ties in the Viterbi
/// search, so it is fixed here and the model file's own column order is mapped onto it by name.
/// </summary>
internal enum HmmState : byte
{
    Begin = 0,
    End = 1,
    Middle = 2,
    Single = 3,
}
