namespace SentimentPipeline.Segmentation;

/// <summary>Receives tokens as UTF-16 spans of the input, in order, as the cutters find them.</summary>
internal interface ITokenSink
{
    /// <summary>One token <c>[start, end)</c>; <paramref name="wordId"/> is its dictionary id when the cutter looked it up, else -1.</summary>
    void Emit(int start, int end, int wordId);

    /// <summary>
    /// A token that is not one span of the input (full mode's joined letter runs around a user word, see
    /// <see cref="LetterRun"/>): its text, and the span from its first to its last piece.
    /// </summary>
    void EmitJoined(string word, int start, int end);
}
