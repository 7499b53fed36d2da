using SentimentPipeline.OnnxExport.Wide;

namespace SentimentPipeline.Training.Tests;

/// <summary>Wide-and-deep models for tests: a feature set fitted on random reviews and random wide weights.</summary>
internal static class WideTestModels
{
    /// <summary>A feature set from 40 random reviews over ids 2 … vocabulary − 1 (short ranges, so n-grams repeat).</summary>
    public static WideFeatureSet Features(int seed, int vocabulary)
    {
        var random = new Random(seed);
        var reviews = Enumerable.Range(0, 40)
            .Select(_ => (Ids(random, 6, Math.Min(vocabulary, 14)), Ids(random, 10, Math.Min(vocabulary, 10))))
            .ToList();
        return WideFeatureSet.Fit(reviews, maxFeatures: 500);
    }

    /// <summary>The deep model of <paramref name="deep"/> with a wide path of <see cref="Features"/> and random weights.</summary>
    public static SentimentClassifier Create(ModelOptions deep, int seed)
    {
        var features = Features(seed, deep.VocabularySize);
        var model = new SentimentClassifier(deep with { WideTokenFeatures = features.Tokens.Count, WideCharFeatures = features.Characters.Count });
        model.Wide!.SetFeatures(features);
        var random = new Random(seed);
        model.Wide.SetLinearModel([.. Enumerable.Range(0, features.Count).Select(_ => (float)(random.NextDouble() * 4 - 2))], 0.3f);
        return model;
    }

    private static long[] Ids(Random random, int length, int vocabulary) =>
        [.. Enumerable.Range(0, length).Select(_ => (long)random.Next(2, vocabulary))];
}
