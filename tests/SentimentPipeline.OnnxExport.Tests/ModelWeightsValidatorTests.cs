using SentimentPipeline.OnnxExport.Tests.Support;
using SentimentPipeline.OnnxExport.Weights;

namespace SentimentPipeline.OnnxExport.Tests;

public sealed class ModelWeightsValidatorTests
{
    private static readonly SentimentModelWeights Valid = RandomWeights.Create(vocabulary: 10, embedding: 4, hidden: 3, layers: 2, bidirectional: true);

    [Fact]
    public void Serialize_WrongRecurrentShapeInUpperBackwardLayer_NamesTheParameterAndShapes()
    {
        var layer = Valid.Layers[1];
        var badBackward = layer.Backward! with { HiddenWeights = new WeightTensor(new float[12 * 2], [12, 2]) };
        var weights = Valid with { Layers = [Valid.Layers[0], layer with { Backward = badBackward }] };

        var error = Assert.Throws<InvalidModelWeightsException>(() => SentimentOnnxExporter.Serialize(weights, TestMetadata.For(10)));

        Assert.Equal("lstm.weight_hh_l1_reverse", error.ParameterName);
        Assert.Contains("[12, 2]", error.Message, StringComparison.Ordinal);
        Assert.Contains("expected [12, 3]", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Serialize_UpperLayerInputNotTwiceHidden_IsRejected()
    {
        var random = new Random(1);
        var wrongInput = new LstmLayerWeights(RandomWeights.Direction(random, input: 3, hidden: 3), RandomWeights.Direction(random, input: 3, hidden: 3));
        var weights = Valid with { Layers = [Valid.Layers[0], wrongInput] };

        var error = Assert.Throws<InvalidModelWeightsException>(() => SentimentOnnxExporter.Serialize(weights, TestMetadata.For(10)));

        Assert.Equal("lstm.weight_ih_l1", error.ParameterName);
    }

    [Fact]
    public void Serialize_ValueCountDisagreesWithShape_IsRejected()
    {
        var weights = Valid with { Embedding = new WeightTensor(new float[39], [10, 4]) };

        var error = Assert.Throws<InvalidModelWeightsException>(() => SentimentOnnxExporter.Serialize(weights, TestMetadata.For(10)));

        Assert.Equal("embedding.weight", error.ParameterName);
        Assert.Contains("39", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Serialize_NaNWeight_IsRejectedWithItsIndex()
    {
        var values = (float[])Valid.ClassifierWeight.Values.Clone();
        values[5] = float.NaN;
        var weights = Valid with { ClassifierWeight = Valid.ClassifierWeight with { Values = values } };

        var error = Assert.Throws<InvalidModelWeightsException>(() => SentimentOnnxExporter.Serialize(weights, TestMetadata.For(10)));

        Assert.Equal("classifier.weight", error.ParameterName);
        Assert.Contains("index 5", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Serialize_LayersMixingDirections_IsRejected()
    {
        var weights = Valid with { Layers = [Valid.Layers[0], Valid.Layers[1] with { Backward = null }] };

        var error = Assert.Throws<InvalidModelWeightsException>(() => SentimentOnnxExporter.Serialize(weights, TestMetadata.For(10)));

        Assert.Equal("lstm.weight_ih_l1_reverse", error.ParameterName);
    }

    [Fact]
    public void Serialize_ClassifierNarrowerThanBothDirections_IsRejected()
    {
        var weights = Valid with { ClassifierWeight = new WeightTensor(new float[6], [2, 3]) };

        var error = Assert.Throws<InvalidModelWeightsException>(() => SentimentOnnxExporter.Serialize(weights, TestMetadata.For(10)));

        Assert.Equal("classifier.weight", error.ParameterName);
        Assert.Contains("[classes, 6]", error.Message, StringComparison.Ordinal);
    }

    // Valid's features are 2 directions × hidden 3 = 6 wide: a 5-wide projection is wrong, and a right one makes the
    // deep features 12 wide, which Valid's classifier (6) does not take.
    [Theory]
    [InlineData(5, "attention_projection.weight", "expected [6, 6]")]
    [InlineData(6, "classifier.weight", "expected [classes, 12]")]
    public void Serialize_AttentionNotMatchingTheModel_NamesTheParameter(int projectionWidth, string parameter, string expected)
    {
        var weights = Valid with { Attention = Attention(projectionWidth, width: 6) };

        var error = Assert.Throws<InvalidModelWeightsException>(() => SentimentOnnxExporter.Serialize(weights, TestMetadata.For(10)));

        Assert.Equal(parameter, error.ParameterName);
        Assert.Contains(expected, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Serialize_NoLayers_IsRejected()
    {
        var weights = Valid with { Layers = [] };

        Assert.Throws<InvalidModelWeightsException>(() => SentimentOnnxExporter.Serialize(weights, TestMetadata.For(10)));
    }

    [Fact]
    public void Serialize_DenseWithoutBias_IsRejected()
    {
        var weights = Valid with { DenseWeight = new WeightTensor(new float[24], [4, 6]) };

        var error = Assert.Throws<InvalidModelWeightsException>(() => SentimentOnnxExporter.Serialize(weights, TestMetadata.For(10)));

        Assert.Equal("dense.bias", error.ParameterName);
    }

    [Fact]
    public void Serialize_ClassifierNotMatchingDenseWidth_IsRejected()
    {
        var weights = Valid with { DenseWeight = new WeightTensor(new float[24], [4, 6]), DenseBias = new WeightTensor(new float[4], [4]) };

        var error = Assert.Throws<InvalidModelWeightsException>(() => SentimentOnnxExporter.Serialize(weights, TestMetadata.For(10)));

        Assert.Equal("classifier.weight", error.ParameterName);
        Assert.Contains("[classes, 4]", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(0.0)]
    [InlineData(-1.0)]
    [InlineData(double.NaN)]
    [InlineData(double.PositiveInfinity)]
    public void Serialize_TemperatureNotPositiveFinite_IsRejected(double temperature)
    {
        var weights = Valid with { Temperature = temperature };

        var error = Assert.Throws<InvalidModelWeightsException>(() => SentimentOnnxExporter.Serialize(weights, TestMetadata.For(10)));

        Assert.Equal("temperature", error.ParameterName);
    }

    private static AttentionPoolingWeights Attention(int projectionWidth, int width) => new(
        new WeightTensor(new float[projectionWidth * projectionWidth], [projectionWidth, projectionWidth]),
        new WeightTensor(new float[width], [width]),
        new WeightTensor(new float[width], [1, width]));
}
