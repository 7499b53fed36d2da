using Microsoft.ML.OnnxRuntime;
using SentimentPipeline.ModelBundle;
using SentimentPipeline.TestSupport;

namespace SentimentPipeline.Prediction.Tests;

[Collection(ModelCollection.Name)]
public sealed class PredictionAgreementTests(ModelFixture fixture)
{
    private const float Tolerance = 1e-6f;

    [Fact]
    public void PredictionEngineBatchAndDirectSession_SameReviews_AgreeWithin1e6()
    {
        var texts = SampleReviews.Mixed(fixture, corpusRows: 60);
        using var engine = fixture.Model.CreatePredictionEngine();
        var batched = fixture.Model.BatchPredictor.Predict(texts);
        var direct = DirectSessionProbabilities(texts);

        for (var i = 0; i < texts.Count; i++)
        {
            var single = engine.Predict(new ReviewInput { Text = texts[i] });
            Assert.Equal(direct[i][0], single.Negative, Tolerance);
            Assert.Equal(direct[i][1], single.Positive, Tolerance);
            Assert.Equal(direct[i][0], batched[i].Negative, Tolerance);
            Assert.Equal(direct[i][1], batched[i].Positive, Tolerance);
            Assert.Equal(single.Label, batched[i].Label);
        }
    }

    [Fact]
    public void BatchPredictor_ManyReviews_EqualsOneAtATime()
    {
        var texts = SampleReviews.Mixed(fixture, corpusRows: 300);
        var batched = fixture.Model.BatchPredictor.Predict(texts);

        Assert.Equal(texts.Count, batched.Count);
        for (var i = 0; i < texts.Count; i++)
        {
            var single = fixture.Model.BatchPredictor.Predict(texts[i]);
            Assert.Equal(single.Label, batched[i].Label);
            Assert.Equal(single.Negative, batched[i].Negative, Tolerance);
            Assert.Equal(single.Positive, batched[i].Positive, Tolerance);
        }
    }

    [Fact]
    public void BatchPredictor_MixedLengthsSplitIntoSeveralCalls_SameBitsAsEachReviewAlone()
    {
        var texts = SampleReviews.Mixed(fixture, corpusRows: 120);
        var lengths = texts.Select(t => fixture.Model.Encoder.Encode(t ?? string.Empty).Length).Order().ToArray();
        Assert.True(PaddedChunks.Ends(lengths, fixture.Model.BatchPredictor.BatchSize).Count > 1, "the sample must need several calls");

        var batched = fixture.Model.BatchPredictor.Predict(texts);

        for (var i = 0; i < texts.Count; i++)
        {
            Assert.Equal(Bits(fixture.Model.BatchPredictor.Predict(texts[i])), Bits(batched[i]));
        }
    }

    [Fact]
    public void Load_OneIntraOpThreadWithoutSpinning_SameBitsAsTheDefaults()
    {
        var texts = SampleReviews.Mixed(fixture, corpusRows: 60);
        using var singleThreaded = SentimentModel.Load(fixture.BundleDirectory,
            new PredictionOptions { Segmenter = fixture.Segmenter, IntraOpThreads = 1, AllowSpinning = false });

        Assert.Equal(fixture.Model.BatchPredictor.Predict(texts).Select(Bits), singleThreaded.BatchPredictor.Predict(texts).Select(Bits));
    }

    [Fact]
    public void Predict_AnyReview_ProbabilitiesSumToOneAndLabelIsTheLarger()
    {
        foreach (var prediction in fixture.Model.BatchPredictor.Predict(SampleReviews.Mixed(fixture, corpusRows: 40)))
        {
            Assert.Equal(1f, prediction.Negative + prediction.Positive, 1e-5f);
            Assert.Equal(prediction.Positive > prediction.Negative ? SentimentLabels.Positive : SentimentLabels.Negative, prediction.Label);
        }
    }

    private static (string Label, float Negative, float Positive) Bits(SentimentPrediction p) => (p.Label, p.Negative, p.Positive);

    /// <summary>The reference: the model file scored review by review at full length, without any of our prediction code.</summary>
    private float[][] DirectSessionProbabilities(IReadOnlyList<string?> texts)
    {
        using var session = new InferenceSession(Path.Combine(fixture.BundleDirectory, ModelBundleFiles.Model));
        return [.. texts.Select(text =>
        {
            var encoded = fixture.Model.Encoder.Encode(text ?? string.Empty);
            using var ids = OrtValue.CreateTensorValueFromMemory(encoded.Ids, [1, encoded.Ids.Length]);
            using var lengths = OrtValue.CreateTensorValueFromMemory(new[] { encoded.Length }, [1]);
            using var charIds = OrtValue.CreateTensorValueFromMemory(encoded.CharIds, [1, encoded.CharIds.Length]);
            using var outputs = session.Run(new RunOptions(), ["token_ids", "lengths", "char_ids"], [ids, lengths, charIds], ["probabilities"]);
            return outputs[0].GetTensorDataAsSpan<float>().ToArray();
        })];
    }
}
