namespace SentimentPipeline.Segmentation;

/// <summary>Collects token strings (for <c>Cut</c>, <c>CutAll</c>, <c>CutForSearch</c>).</summary>
internal readonly struct StringListSink(TokenText text, TokenBuffer<string> output) : ITokenSink
{
    public void Emit(int start, int end, int wordId) => output.Add(text.Make(start, end, wordId));

    public void EmitJoined(string word, int start, int end) => output.Add(word);
}
