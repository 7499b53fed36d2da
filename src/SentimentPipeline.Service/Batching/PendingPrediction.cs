using SentimentPipeline.Prediction;
using SentimentPipeline.Preprocessing;

namespace SentimentPipeline.Service.Batching;

/// <summary>
/// One caller's review in the queue: already encoded (the text itself is not kept) and the promise of its result.
/// A cancelled caller completes its promise first, and the scorer then skips it.
/// </summary>
internal sealed class PendingPrediction(EncodedText encoded)
{
    private readonly TaskCompletionSource<SentimentPrediction> _result = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public EncodedText Encoded { get; } = encoded;

    public Task<SentimentPrediction> Result => _result.Task;

    /// <summary>Whether the caller has gone away or the result is already set.</summary>
    public bool IsAbandoned => _result.Task.IsCompleted;

    public void Complete(SentimentPrediction prediction) => _result.TrySetResult(prediction);

    public void Fail(Exception error) => _result.TrySetException(error);

    public void Cancel(CancellationToken cancellationToken) => _result.TrySetCanceled(cancellationToken);
}
