using SentimentPipeline.TestSupport;

namespace SentimentPipeline.Prediction.Tests;

[Collection(ModelCollection.Name)]
public sealed class PooledSentimentEngineTests(ModelFixture fixture)
{
    [Fact]
    public void Predict_EightThreadsAtOnce_IdenticalToOneEngine()
    {
        var texts = SampleReviews.Mixed(fixture, corpusRows: 80);
        using var engine = fixture.Model.CreatePredictionEngine();
        var expected = texts.Select(t => engine.Predict(new ReviewInput { Text = t })).ToArray();
        using var pool = fixture.Model.CreateEnginePool(maximumRetained: 4);

        var results = new SentimentPrediction[8][];
        using var start = new Barrier(8);
        var threads = Enumerable.Range(0, 8).Select(t => new Thread(() =>
        {
            start.SignalAndWait();
            // Each thread walks the reviews from a different offset, so different reviews run at the same moment.
            results[t] = new SentimentPrediction[texts.Count];
            for (var k = 0; k < texts.Count; k++)
            {
                var i = (k + (t * 11)) % texts.Count;
                results[t][i] = pool.Predict(texts[i]);
            }
        })).ToList();
        threads.ForEach(t => t.Start());
        threads.ForEach(t => t.Join());

        foreach (var threadResults in results)
        {
            for (var i = 0; i < texts.Count; i++)
            {
                Assert.Equal(expected[i].Label, threadResults[i].Label);
                Assert.Equal(expected[i].Negative, threadResults[i].Negative);
                Assert.Equal(expected[i].Positive, threadResults[i].Positive);
            }
        }
    }
}
