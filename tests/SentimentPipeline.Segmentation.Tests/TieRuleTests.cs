using System.Text;
using SentimentPipeline.Segmentation;

namespace SentimentPipeline.Segmentation.Tests;

public sealed class TieRuleTests
{
    [Fact]
    public void Cut_EqualRouteProbability_KeepsLargerEndIndex()
    {
        // 甲乙|丙 and 甲|乙丙 add the same two log-probabilities in a different order, so they tie exactly;
        // Python's calc takes the max over (prob, end), so the step with the larger end wins: 甲乙.
        var dictionary = PrefixDictionary.Load(new MemoryStream(Encoding.UTF8.GetBytes("甲乙 5 n\n乙丙 5 n\n甲 3 n\n丙 3 n\n")), "tie.txt");
        var segmenter = new JiebaSegmenter(dictionary, HmmModel.LoadDefault());

        Assert.Equal(["甲乙", "丙"], segmenter.Cut("甲乙丙", hmm: false));
        Assert.Equal(["甲乙", "丙"], segmenter.Cut("甲乙丙"));
    }
}
