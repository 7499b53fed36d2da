using Microsoft.ML;
using Microsoft.ML.Data;
using SentimentPipeline.ModelBundle;
using SentimentPipeline.TestSupport;

namespace SentimentPipeline.Prediction.Tests;

[Collection(ModelCollection.Name)]
public sealed class SentimentTransformsCatalogTests(ModelFixture fixture)
{
    private readonly MLContext _ml = new(seed: 1);

    [Fact]
    public void SegmentReviews_CustomColumnNames_TokensEqualTheEncoders()
    {
        var data = _ml.Data.LoadFromEnumerable(new[] { new Review { Body = SampleReviews.TutorialPositive }, new Review { Body = "" } });

        var output = _ml.Transforms.SegmentReviews("Words", fixture.Model.Encoder, inputColumnName: "Body").Fit(data).Transform(data);

        var words = output.GetColumn<VBuffer<ReadOnlyMemory<char>>>("Words").Select(v => v.DenseValues().Select(m => m.ToString()).ToArray()).ToArray();
        Assert.Equal(fixture.Model.Encoder.Tokenize(SampleReviews.TutorialPositive), words[0]);
        Assert.Empty(words[1]);
    }

    [Fact]
    public void EncodeTokens_Tokens_FixedLengthIdsAndRealLength()
    {
        var data = _ml.Data.LoadFromEnumerable(new[] { new Review { Body = SampleReviews.TutorialNegative } });
        var pipeline = _ml.Transforms.SegmentReviews("Tokens", fixture.Model.Encoder, "Body")
            .Append(_ml.Transforms.EncodeTokens("Ids", fixture.Model.Encoder, "Tokens", lengthColumnName: "Length"));

        var output = pipeline.Fit(data).Transform(data);

        var idsType = Assert.IsType<VectorDataViewType>(output.Schema["Ids"].Type);
        Assert.Equal(NumberDataViewType.Int64, idsType.ItemType);
        Assert.Equal(fixture.Model.Encoder.MaxLength, idsType.Size);
        var expected = fixture.Model.Encoder.Encode(SampleReviews.TutorialNegative);
        Assert.Equal(expected.Ids, output.GetColumn<long[]>("Ids").Single());
        Assert.Equal([expected.Length], output.GetColumn<int[]>("Length").Single());
    }

    [Fact]
    public void SegmentReviews_MissingInputColumn_FitNamesTheColumn()
    {
        var data = _ml.Data.LoadFromEnumerable(new[] { new Review { Body = "好" } });
        var error = Assert.ThrowsAny<Exception>(() => _ml.Transforms.SegmentReviews("Tokens", fixture.Model.Encoder, "Missing").Fit(data));
        Assert.Contains("Missing", error.Message);
    }

    [Fact]
    public void SegmentReviews_NumericInputColumn_FitNamesTheColumnAndType()
    {
        var data = _ml.Data.LoadFromEnumerable(new[] { new Numeric { Body = 3 } });
        var error = Assert.ThrowsAny<Exception>(() => _ml.Transforms.SegmentReviews("Tokens", fixture.Model.Encoder, "Body").Fit(data));
        Assert.Contains("Body", error.Message);
    }

    [Theory]
    [InlineData(0.2f, 0.8f, SentimentLabels.Positive)]
    [InlineData(0.9f, 0.1f, SentimentLabels.Negative)]
    [InlineData(0.5f, 0.5f, SentimentLabels.Negative)]
    public void MapProbabilitiesToSentiment_TwoProbabilities_LabelAndExactValues(float negative, float positive, string label)
    {
        var data = _ml.Data.LoadFromEnumerable(new[] { new Probabilities { probabilities = [negative, positive] } });

        var output = _ml.Transforms.MapProbabilitiesToSentiment().Fit(data).Transform(data);

        var prediction = _ml.Data.CreateEnumerable<SentimentPrediction>(output, reuseRowObject: false).Single();
        Assert.Equal(label, prediction.Label);
        Assert.Equal(negative, prediction.Negative);
        Assert.Equal(positive, prediction.Positive);
    }

    [Fact]
    public void MapProbabilitiesToSentiment_ThreeProbabilities_ThrowsNamingColumn()
    {
        var data = _ml.Data.LoadFromEnumerable(new[] { new Probabilities { probabilities = [0.1f, 0.2f, 0.7f] } });
        var output = _ml.Transforms.MapProbabilitiesToSentiment().Fit(data).Transform(data);

        // ML.NET may wrap the mapping's exception in its cursor's own; ours must be in the chain.
        var error = Assert.ThrowsAny<Exception>(() => output.GetColumn<string>(SentimentColumnNames.PredictedLabel).ToList());
        var chain = new List<Exception>();
        for (var e = error; e is not null; e = e.InnerException)
        {
            chain.Add(e);
        }

        Assert.Contains(chain, e => e is InvalidOperationException && e.Message.Contains("'probabilities' must hold 2 probabilities (negative, positive); it holds 3"));
    }

    [Fact]
    public void ModelSave_PipelineWithVocabularyTransforms_RefusedSoBundleLoaderIsTheWay()
    {
        var schema = _ml.Data.LoadFromEnumerable(Array.Empty<ReviewInput>()).Schema;
        using var stream = new MemoryStream();

        var error = Assert.Throws<InvalidOperationException>(() => _ml.Model.Save(fixture.Model.Transformer, schema, stream));
        Assert.Contains("cannot be saved", error.Message);
    }

    [Fact]
    public void Transformer_ScoresDataView_SameAsPredictionEngine()
    {
        var reviews = fixture.Reviews.Take(20).Select(r => new ReviewInput { Text = r.Text }).ToArray();
        var scored = fixture.Model.Transformer.Transform(_ml.Data.LoadFromEnumerable(reviews));
        var predictions = _ml.Data.CreateEnumerable<SentimentPrediction>(scored, reuseRowObject: false).ToArray();
        using var engine = fixture.Model.CreatePredictionEngine();

        for (var i = 0; i < reviews.Length; i++)
        {
            var expected = engine.Predict(reviews[i]);
            Assert.Equal(expected.Label, predictions[i].Label);
            Assert.Equal(expected.Positive, predictions[i].Positive);
        }
    }

    private sealed class Review
    {
        public string Body { get; set; } = string.Empty;
    }

    private sealed class Numeric
    {
        public int Body { get; set; }
    }

    private sealed class Probabilities
    {
#pragma warning disable IDE1006 // The column is named like the ONNX output.
        public float[] probabilities { get; set; } = [];
#pragma warning restore IDE1006
    }
}
