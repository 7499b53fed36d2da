using Microsoft.ML.OnnxRuntime;
using SentimentPipeline.ModelBundle;
using SentimentPipeline.OnnxExport.Proto;
using SentimentPipeline.OnnxExport.Tests.Support;
using SentimentPipeline.OnnxExport.Weights;

namespace SentimentPipeline.OnnxExport.Tests;

public sealed class SentimentOnnxExporterTests
{
    [Theory]
    [InlineData(1, false, 1)]
    [InlineData(2, false, 37)]
    [InlineData(1, true, 37)]
    [InlineData(2, true, 1)]
    [InlineData(2, true, 37)]
    public void Serialize_RandomModel_MatchesReferenceLstmEquations(int layers, bool bidirectional, int batchSize)
    {
        var weights = RandomWeights.Create(vocabulary: 30, embedding: 5, hidden: 3, layers, bidirectional);
        var batch = TokenBatch.Random(batchSize, sequenceLength: 9, vocabulary: 30, seed: layers * 10 + batchSize);

        var probabilities = OnnxRuntimeScorer.Score(SentimentOnnxExporter.Serialize(weights, TestMetadata.For(30)), batch);

        for (var b = 0; b < batch.BatchSize; b++)
        {
            var expected = ReferenceLstmClassifier.Probabilities(weights, batch.Row(b), batch.Lengths[b]);
            Assert.Equal(expected[0], probabilities[2 * b], 5);
            Assert.Equal(expected[1], probabilities[2 * b + 1], 5);
        }
    }

    [Theory]
    [InlineData(1, false, 4, 1.0)]
    [InlineData(2, true, 3, 2.5)]
    [InlineData(1, true, 0, 0.5)]
    public void Serialize_DenseHeadAndTemperature_MatchesReferenceEquations(int layers, bool bidirectional, int dense, double temperature)
    {
        var weights = RandomWeights.Create(vocabulary: 30, embedding: 5, hidden: 3, layers, bidirectional, seed: 9, dense, temperature);
        var batch = TokenBatch.Random(37, sequenceLength: 9, vocabulary: 30, seed: 5);

        var probabilities = OnnxRuntimeScorer.Score(SentimentOnnxExporter.Serialize(weights, TestMetadata.For(30)), batch);

        for (var b = 0; b < batch.BatchSize; b++)
        {
            var expected = ReferenceLstmClassifier.Probabilities(weights, batch.Row(b), batch.Lengths[b]);
            Assert.Equal(expected[0], probabilities[2 * b], 5);
            Assert.Equal(expected[1], probabilities[2 * b + 1], 5);
        }
    }

    [Fact]
    public void Serialize_DenseHeadAndTemperature_AddsGemmReluAndDivNodesAndTemperatureMetadata()
    {
        var weights = RandomWeights.Create(vocabulary: 30, embedding: 5, hidden: 3, layers: 1, bidirectional: true, seed: 9, dense: 4, temperature: 1.25);

        var model = ModelProto.Parser.ParseFrom(SentimentOnnxExporter.Serialize(weights, TestMetadata.For(30)));

        Assert.Equal(["Gemm", "Relu", "Gemm", "Div", "Softmax"], model.Graph.Node.Skip(model.Graph.Node.Count - 5).Select(n => n.OpType));
        Assert.Equal(BitConverter.GetBytes(1.25f), model.Graph.Initializer.Single(i => i.Name == "temperature").RawData.ToByteArray());
        Assert.Equal("1.25", model.MetadataProps.Single(p => p.Key == ModelMetadataKeys.Temperature).Value);
    }

    [Fact]
    public void Serialize_TemperatureOne_HasNoDivNode()
    {
        var weights = RandomWeights.Create(vocabulary: 30, embedding: 5, hidden: 3, layers: 1, bidirectional: false);

        var model = ModelProto.Parser.ParseFrom(SentimentOnnxExporter.Serialize(weights, TestMetadata.For(30)));

        Assert.DoesNotContain(model.Graph.Node, n => n.OpType is "Div" or "Relu");
        Assert.Equal("1", model.MetadataProps.Single(p => p.Key == ModelMetadataKeys.Temperature).Value);
    }

    [Fact]
    public void Serialize_HandMadeOneUnitLstm_GivesHandComputedProbabilities()
    {
        // One hidden unit, one embedding dimension, token 2 embeds as 1. Each PyTorch gate (i, f, g, o) gets its own
        // input weight, so any mix-up of the gate order changes the result.
        static WeightTensor T(float[] values, params int[] shape) => new(values, shape);
        var zeros = T([0, 0, 0, 0], 4);
        var weights = new SentimentModelWeights(
            T([0, 0, 1], 3, 1),
            [new LstmLayerWeights(new LstmDirectionWeights(T([0.5f, -1f, 2f, 1f], 4, 1), T([0.25f, 0.5f, -0.5f, 0.75f], 4, 1), zeros, zeros), null)],
            T([1, -1], 2, 1),
            T([0, 0], 2));
        static double Sigmoid(double x) => 1 / (1 + Math.Exp(-x));
        // Step 1 (x = 1, h = c = 0), then step 2 (x = 1, recurrent weights now matter).
        var c1 = Sigmoid(0.5) * Math.Tanh(2);
        var h1 = Sigmoid(1) * Math.Tanh(c1);
        var c2 = Sigmoid(-1 + 0.5 * h1) * c1 + Sigmoid(0.5 + 0.25 * h1) * Math.Tanh(2 - 0.5 * h1);
        var h2 = Sigmoid(1 + 0.75 * h1) * Math.Tanh(c2);
        var positive = Sigmoid(-2 * h2); // softmax of (h2, −h2), class 1

        var probabilities = OnnxRuntimeScorer.Score(SentimentOnnxExporter.Serialize(weights, TestMetadata.For(3)), new TokenBatch([2, 2, 0], [2], 3, [2, 2, 0], 3));

        Assert.Equal(1 - positive, probabilities[0], 6);
        Assert.Equal(positive, probabilities[1], 6);
    }

    [Fact]
    public void Serialize_GarbageAfterRealLength_DoesNotChangeProbabilities()
    {
        var weights = RandomWeights.Create(vocabulary: 30, embedding: 4, hidden: 3, layers: 2, bidirectional: true);
        var model = SentimentOnnxExporter.Serialize(weights, TestMetadata.For(30));
        var padded = TokenBatch.Random(37, sequenceLength: 8, vocabulary: 30, seed: 3, padding: 0);
        var garbage = TokenBatch.Random(37, sequenceLength: 8, vocabulary: 30, seed: 3, padding: null);

        Assert.Equal(OnnxRuntimeScorer.Score(model, padded), OnnxRuntimeScorer.Score(model, garbage));
    }

    [Fact]
    public void Serialize_AnyModel_DeclaresDynamicInputsAndProbabilityOutput()
    {
        var model = ModelProto.Parser.ParseFrom(SentimentOnnxExporter.Serialize(RandomWeights.Create(10, 4, 3, 1, false), TestMetadata.For(10)));

        Assert.Equal(SentimentOnnxNames.IrVersion, model.IrVersion);
        Assert.Equal(SentimentOnnxNames.OpsetVersion, Assert.Single(model.OpsetImport).Version);
        Assert.Equal(
            [(ModelTensorNames.TokenIds, (int)TensorProto.Types.DataType.Int64, "batch,sequence"), (ModelTensorNames.Lengths, (int)TensorProto.Types.DataType.Int32, "batch"),
                (ModelTensorNames.CharIds, (int)TensorProto.Types.DataType.Int64, "batch,characters")],
            model.Graph.Input.Select(Describe));
        Assert.Equal([(ModelTensorNames.Probabilities, (int)TensorProto.Types.DataType.Float, "batch,2")], model.Graph.Output.Select(Describe));
    }

    [Theory]
    [InlineData(1, false, "forward")]
    [InlineData(2, true, "bidirectional")]
    public void Serialize_StackedLayers_EmitsOneLstmPerLayerWithRealLengths(int layers, bool bidirectional, string direction)
    {
        var weights = RandomWeights.Create(10, 4, 3, layers, bidirectional);
        var model = ModelProto.Parser.ParseFrom(SentimentOnnxExporter.Serialize(weights, TestMetadata.For(10)));

        var lstms = model.Graph.Node.Where(n => n.OpType == "LSTM").ToList();
        Assert.Equal(layers, lstms.Count);
        var directions = bidirectional ? 2 : 1;
        foreach (var lstm in lstms)
        {
            Assert.Equal(ModelTensorNames.Lengths, lstm.Input[4]);
            Assert.Equal(direction, lstm.Attribute.Single(a => a.Name == "direction").S.ToStringUtf8());
            Assert.Equal(3, lstm.Attribute.Single(a => a.Name == "hidden_size").I);
            Assert.Equal([directions, 8 * 3], model.Graph.Initializer.Single(i => i.Name == lstm.Input[3]).Dims);
        }

        // Lower layers hand their whole sequence up; the last one hands its final state to the classifier.
        string[] lowerLayer = ["LSTM", "Transpose", "Reshape"];
        Assert.Equal(
            [.. (string[])["Gather", "Transpose"], .. Enumerable.Repeat(lowerLayer, layers - 1).SelectMany(l => l), "LSTM", "Transpose", "Reshape", "Gemm", "Softmax"],
            model.Graph.Node.Select(n => n.OpType));
    }

    [Theory]
    [InlineData(1, false)]
    [InlineData(2, true)]
    public void Serialize_AnyModel_UsesEveryInitializer(int layers, bool bidirectional)
    {
        var model = ModelProto.Parser.ParseFrom(SentimentOnnxExporter.Serialize(RandomWeights.Create(10, 4, 3, layers, bidirectional), TestMetadata.For(10)));

        var inputs = model.Graph.Node.SelectMany(n => n.Input).ToHashSet();
        Assert.All(model.Graph.Initializer, initializer => Assert.Contains(initializer.Name, inputs));
    }

    [Fact]
    public void Serialize_AnyModel_DescribesItselfInMetadata()
    {
        var metadata = TestMetadata.For(12);
        using var session = new InferenceSession(SentimentOnnxExporter.Serialize(RandomWeights.Create(12, 4, 3, 1, true), metadata));

        var properties = session.ModelMetadata.CustomMetadataMap;
        Assert.Equal("negative,positive", properties[ModelMetadataKeys.Labels]);
        Assert.Equal("64", properties[ModelMetadataKeys.MaxLength]);
        Assert.Equal("12", properties[ModelMetadataKeys.VocabularySize]);
        Assert.Equal("0", properties[ModelMetadataKeys.PadId]);
        Assert.Equal("1", properties[ModelMetadataKeys.UnkId]);
        Assert.Equal("test-1", properties[ModelMetadataKeys.PreprocessingVersion]);
        Assert.Equal(metadata.DictionarySha256, properties[ModelMetadataKeys.DictionarySha256]);
        Assert.Equal(metadata.MetricsJson, properties[ModelMetadataKeys.Metrics]);
        Assert.Equal(metadata.VocabularyTokens, System.Text.Json.JsonSerializer.Deserialize<string[]>(properties[ModelMetadataKeys.Vocabulary]));
        Assert.Equal("SentimentPipeline.OnnxExport", session.ModelMetadata.ProducerName);
        Assert.False(string.IsNullOrEmpty(session.ModelMetadata.Description));
    }

    [Fact]
    public void Export_ExistingFile_IsReplacedAndNoTemporaryFileRemains()
    {
        using var directory = new TemporaryDirectory();
        var path = Path.Combine(directory.Path, "model.onnx");
        File.WriteAllText(path, "old");

        var written = SentimentOnnxExporter.Export(RandomWeights.Create(10, 4, 3, 1, false), TestMetadata.For(10), path);

        Assert.Equal(written, new FileInfo(path).Length);
        Assert.Equal(["model.onnx"], Directory.GetFiles(directory.Path).Select(Path.GetFileName));
        using var session = new InferenceSession(path);
        Assert.Equal([ModelTensorNames.Probabilities], session.OutputNames);
    }

    [Fact]
    public void Export_InvalidWeights_LeavesExistingModelUntouched()
    {
        using var directory = new TemporaryDirectory();
        var path = Path.Combine(directory.Path, "model.onnx");
        File.WriteAllText(path, "previous model");
        var weights = RandomWeights.Create(10, 4, 3, 1, false);
        var broken = weights with { ClassifierBias = new WeightTensor([1f], [1]) };

        Assert.Throws<InvalidModelWeightsException>(() => SentimentOnnxExporter.Export(broken, TestMetadata.For(10), path));

        Assert.Equal("previous model", File.ReadAllText(path));
        Assert.Single(Directory.GetFiles(directory.Path));
    }

    private static (string Name, int ElementType, string Dims) Describe(ValueInfoProto value) =>
        (value.Name, value.Type.TensorType.ElemType,
         string.Join(",", value.Type.TensorType.Shape.Dim.Select(d => d.ValueCase == TensorShapeProto.Types.Dimension.ValueOneofCase.DimParam ? d.DimParam : d.DimValue.ToString(System.Globalization.CultureInfo.InvariantCulture))));
}
