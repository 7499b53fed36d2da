using System.Buffers.Binary;
using Google.Protobuf;
using SentimentPipeline.OnnxExport.Proto;

namespace SentimentPipeline.OnnxExport.Graph;

/// <summary>Builds initializers and typed value descriptions.</summary>
internal static class OnnxTensors
{
    /// <summary>A float initializer stored as little-endian <c>raw_data</c> (the compact form ONNX recommends).</summary>
    public static TensorProto Float(string name, float[] values, params long[] dims)
    {
        var bytes = new byte[values.Length * sizeof(float)];
        for (var i = 0; i < values.Length; i++)
        {
            BinaryPrimitives.WriteSingleLittleEndian(bytes.AsSpan(i * sizeof(float)), values[i]);
        }

        var tensor = new TensorProto { Name = name, DataType = (int)TensorProto.Types.DataType.Float, RawData = ByteString.CopyFrom(bytes) };
        tensor.Dims.AddRange(dims);
        return tensor;
    }

    /// <summary>A 1-D int64 initializer (shapes for Reshape).</summary>
    public static TensorProto Int64(string name, params long[] values)
    {
        var tensor = new TensorProto { Name = name, DataType = (int)TensorProto.Types.DataType.Int64 };
        tensor.Dims.Add(values.Length);
        tensor.Int64Data.AddRange(values);
        return tensor;
    }

    /// <summary>A tensor value description; each dimension is a symbolic name (string) or a fixed size (int).</summary>
    public static ValueInfoProto ValueInfo(string name, TensorProto.Types.DataType elementType, string docString, params object[] dims)
    {
        var shape = new TensorShapeProto();
        foreach (var dim in dims)
        {
            shape.Dim.Add(dim switch
            {
                string symbol => new TensorShapeProto.Types.Dimension { DimParam = symbol },
                int size => new TensorShapeProto.Types.Dimension { DimValue = size },
                _ => throw new ArgumentException($"Dimension {dim} must be a string or an int.", nameof(dims)),
            });
        }

        return new ValueInfoProto
        {
            Name = name,
            DocString = docString,
            Type = new TypeProto { TensorType = new TypeProto.Types.Tensor { ElemType = (int)elementType, Shape = shape } },
        };
    }
}
