using SentimentPipeline.OnnxExport.Wide;
using SentimentPipeline.Preprocessing;
using SentimentPipeline.Training.Data;

namespace SentimentPipeline.Training.Tests;

public sealed class CrossFittedMarginsTests
{
    [Fact]
    public void CrossFittedMargins_SeparableReviews_EveryTrainingRowScoredWithItsLabelsSign_OthersZero()
    {
        TorchSharpNativeLoader.EnsureLoaded();
        // Token 4 marks a positive review, token 5 a negative one; token 6 and the characters carry nothing.
        var random = new Random(3);
        var labels = Enumerable.Range(0, 60).Select(i => i % 2).ToArray();
        var texts = labels.Select(label => Text([label == 1 ? 4 : 5, 6, random.Next(7, 9)])).ToArray();
        var data = new EncodedDataset(texts, labels);
        // Training rows after the others, so that a margin stored by position in the split rather than by row shows.
        var split = new DataSplit([.. Enumerable.Range(20, 40)], [.. Enumerable.Range(0, 10)], [.. Enumerable.Range(10, 10)]);
        var features = WideFeatureSet.Fit([.. split.Train.Select(i => (texts[i].Ids[..texts[i].Length], texts[i].CharIds[..texts[i].CharLength]))], maxFeatures: 100);
        var wide = new WideNGramPath(features.Tokens.Count, features.Characters.Count);
        wide.SetFeatures(features);

        var margins = WidePathFitter.CrossFittedMargins(wide, data, split, l2: 0.5, folds: 4, seed: 11);

        Assert.All(split.Train, row => Assert.Equal(labels[row] == 1, margins[row] > 0));
        Assert.All(split.Validation.Concat(split.Test), row => Assert.Equal(0, margins[row]));
    }

    // A review of the given token ids whose characters are the same ids (the wide path reads both).
    private static EncodedText Text(long[] ids) => new([.. ids, .. new long[8 - ids.Length]], ids.Length, [.. ids, .. new long[8 - ids.Length]], ids.Length);
}
