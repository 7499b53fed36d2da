using Google.Protobuf;
using SentimentPipeline.OnnxExport.Proto;

namespace SentimentPipeline.OnnxExport.Graph;

/// <summary>Builds nodes and their attributes.</summary>
internal static class OnnxNodes
{
    /// <summary>A node of the default ONNX domain.</summary>
    public static NodeProto Node(string opType, string name, string[] inputs, string[] outputs, params AttributeProto[] attributes)
    {
        var node = new NodeProto { OpType = opType, Name = name };
        node.Input.AddRange(inputs);
        node.Output.AddRange(outputs);
        node.Attribute.AddRange(attributes);
        return node;
    }

    /// <summary>A node of the ai.onnx.ml domain.</summary>
    public static NodeProto MlNode(string opType, string name, string[] inputs, string[] outputs, params AttributeProto[] attributes)
    {
        var node = Node(opType, name, inputs, outputs, attributes);
        node.Domain = MlDomain;
        return node;
    }

    /// <summary>The ONNX machine-learning operator domain.</summary>
    public const string MlDomain = "ai.onnx.ml";

    /// <summary>An integer attribute.</summary>
    public static AttributeProto Int(string name, long value) =>
        new() { Name = name, Type = AttributeProto.Types.AttributeType.Int, I = value };

    /// <summary>An integer-list attribute.</summary>
    public static AttributeProto Ints(string name, params long[] values)
    {
        var attribute = new AttributeProto { Name = name, Type = AttributeProto.Types.AttributeType.Ints };
        attribute.Ints.AddRange(values);
        return attribute;
    }

    /// <summary>A float-list attribute.</summary>
    public static AttributeProto Floats(string name, params float[] values)
    {
        var attribute = new AttributeProto { Name = name, Type = AttributeProto.Types.AttributeType.Floats };
        attribute.Floats.AddRange(values);
        return attribute;
    }

    /// <summary>A string attribute (UTF-8).</summary>
    public static AttributeProto String(string name, string value) =>
        new() { Name = name, Type = AttributeProto.Types.AttributeType.String, S = ByteString.CopyFromUtf8(value) };
}
