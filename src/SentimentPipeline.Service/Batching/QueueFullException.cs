namespace SentimentPipeline.Service.Batching;

/// <summary>The micro-batching queue holds its maximum; the request is answered 503 with <c>Retry-After</c>.</summary>
internal sealed class QueueFullException(int capacity)
    : Exception($"The prediction queue is full ({capacity} reviews waiting).")
{
    public int Capacity { get; } = capacity;
}
