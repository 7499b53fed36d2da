using CsCheck;
using SentimentPipeline.Segmentation;
using SentimentPipeline.TestSupport;

namespace SentimentPipeline.Segmentation.Tests;

/// <summary>Properties over 100,000 generated strings each: never throws, lossless, offsets right in every mode.</summary>
[Trait("Category", "Slow")]
public sealed class PropertyTests(DefaultSegmenter fixture) : IClassFixture<DefaultSegmenter>
{
    private const long Iterations = 100_000;
    private readonly JiebaSegmenter _segmenter = fixture.Segmenter;

    [Fact]
    public void Cut_AnyString_TokensConcatenateToInputWithAndWithoutHmm()
    {
        TextGenerators.MixedText.Sample(text =>
        {
            foreach (var hmm in new[] { true, false })
            {
                var tokens = _segmenter.Cut(text, hmm);
                Assert.DoesNotContain(string.Empty, tokens);
                Assert.Equal(text, string.Concat(tokens));
            }
        }, iter: Iterations);
    }

    [Fact]
    public void Tokenize_AnyStringAnyMode_OffsetsPointAtTheWord()
    {
        TextGenerators.MixedText.Sample(text =>
        {
            foreach (var mode in new[] { TokenizeMode.Default, TokenizeMode.Search, TokenizeMode.Full })
            {
                foreach (var hmm in new[] { true, false })
                {
                    foreach (var token in _segmenter.Tokenize(text, mode, hmm))
                    {
                        // Only full mode has empty tokens (Python's empty pieces between two whitespace characters).
                        Assert.True(token.Start < token.End || (mode == TokenizeMode.Full && token.Start == token.End));
                        Assert.Equal(token.Word, text[token.Start..token.End]);
                    }
                }
            }
        }, iter: Iterations);
    }

    [Fact]
    public void Tokenize_AnyStringDefaultMode_ContiguousAndSameAsCut()
    {
        TextGenerators.MixedText.Sample(text =>
        {
            var tokens = _segmenter.Tokenize(text);
            var expectedStart = 0;
            foreach (var token in tokens)
            {
                Assert.Equal(expectedStart, token.Start);
                expectedStart = token.End;
            }

            Assert.Equal(text.Length, expectedStart);
            Assert.Equal(_segmenter.Cut(text), tokens.Select(t => t.Word));
        }, iter: Iterations);
    }

    [Fact]
    public void CutForSearch_AnyString_AccurateTokensInOrderWithDictionaryPartsBeforeThem()
    {
        TextGenerators.MixedText.Sample(text =>
        {
            var search = _segmenter.CutForSearch(text);
            var accurate = _segmenter.Cut(text);
            var next = 0;
            foreach (var word in search)
            {
                if (next < accurate.Count && word == accurate[next])
                {
                    next++;
                }
                else
                {
                    // An extra search token is a dictionary word inside the accurate token that follows it.
                    Assert.True(_segmenter.Dictionary.ContainsWord(word));
                    Assert.Contains(word, accurate[next], StringComparison.Ordinal);
                }
            }

            Assert.Equal(accurate.Count, next);
        }, iter: Iterations);
    }
}
