using SentimentPipeline.OnnxExport.Wide;

namespace SentimentPipeline.OnnxExport.Tests;

public sealed class NGramKeysTests
{
    [Fact]
    public void Of_GramsOfEachOrder_GivesTheirIdsAsDigitsInBaseVocabulary()
    {
        var grams = new NGramTable([7, 0, 0, 2, 9, 0, 3, 4, 5], Width: 3);

        var keys = NGramKeys.Of(grams, vocabulary: 10);

        Assert.Equal([7L, 29L, 345L], keys);
    }

    [Fact]
    public void Of_LargestRealVocabulary_KeepsTrigramKeysDistinctAndPositive()
    {
        const long Vocabulary = 500_000;
        var grams = new NGramTable([Vocabulary - 1, Vocabulary - 1, Vocabulary - 1, 1, 1, 1], Width: 3);

        var keys = NGramKeys.Of(grams, Vocabulary);

        Assert.Equal((((Vocabulary - 1) * Vocabulary) + Vocabulary - 1) * Vocabulary + Vocabulary - 1, keys[0]);
        Assert.Equal((Vocabulary * Vocabulary) + Vocabulary + 1, keys[1]);
    }

    [Fact]
    public void Of_IdOutsideTheVocabulary_NamesTheGramAndTheId()
    {
        var grams = new NGramTable([3, 0, 4, 10], Width: 2);

        var error = Assert.Throws<ArgumentOutOfRangeException>(() => NGramKeys.Of(grams, vocabulary: 10));

        Assert.StartsWith("N-gram 1 has id 10, outside the vocabulary's 1 … 9.", error.Message);
    }

    [Fact]
    public void Of_KeysBeyondInt64_Refused()
    {
        var grams = new NGramTable([1, 1, 1], Width: 3);

        var error = Assert.Throws<ArgumentOutOfRangeException>(() => NGramKeys.Of(grams, vocabulary: 3_000_000));

        Assert.StartsWith("3-grams over a vocabulary of 3000000 ids do not fit in an int64 key.", error.Message);
    }
}
