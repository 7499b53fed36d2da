namespace SentimentPipeline.Segmentation;

/// <summary>Collects tokens with their offsets (for <c>Tokenize</c>).</summary>
internal readonly struct TokenListSink(TokenText text, TokenBuffer<Token> output) : ITokenSink
{
    public void Emit(int start, int end, int wordId) => output.Add(new Token(text.Make(start, end, wordId), start, end));

    public void EmitJoined(string word, int start, int end) => output.Add(new Token(word, start, end));
}
