namespace SentimentPipeline.Segmentation;

/// <summary>jieba's one-letter names of the <see cref="HmmState"/> values.</summary>
internal static class HmmStateNames
{
    public static string Name(this HmmState state) => state switch
    {
        HmmState.Begin => "B",
        HmmState.End => "E",
        HmmState.Middle => "M",
        _ => "S",
    };
}
