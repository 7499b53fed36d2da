namespace SentimentPipeline.Segmentation;

/// <summary>Receives tokens as UTF-16 spans of the input, in order, as the cutters find them.</summary>
internal interface ITokenSink
{
    /// <summary>One token <c>[start, end)</c>; <paramref name="wordId"/> is its dictionary id when the cutter looked it up, else -1.</summary>
    void Emit(int start, int end, int wordId);
}
