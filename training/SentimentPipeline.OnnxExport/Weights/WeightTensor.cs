namespace SentimentPipeline.OnnxExport.Weights;

/// <summary>
/// A dense float tensor in row-major order, as copied out of the training framework.
/// </summary>
/// <param name="Values">The elements, row-major; the length must equal the product of <paramref name="Shape"/>.</param>
/// <param name="Shape">The dimensions, outermost first.</param>
public sealed record WeightTensor(float[] Values, IReadOnlyList<int> Shape)
{
    /// <summary>The shape written as <c>[a, b]</c>, for messages.</summary>
    public string ShapeText => "[" + string.Join(", ", Shape) + "]";
}
