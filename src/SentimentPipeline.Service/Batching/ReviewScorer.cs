using System.Threading.Channels;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using SentimentPipeline.Prediction;
using SentimentPipeline.Preprocessing;
using SentimentPipeline.Service.Hosting;
using SentimentPipeline.Service.Metrics;

namespace SentimentPipeline.Service.Batching;

/// <summary>
/// Scores single reviews for the endpoints. With micro-batching on, callers' encoded reviews wait in a bounded
/// queue and scoring loops (<see cref="MicroBatchingOptions.MaxConcurrentBatches"/>, each one ONNX Runtime call at a
/// time) run them through the batched path together (up to the maximum batch, waiting at most the maximum time after
/// the first one); each caller gets its own result. A review that finds the queue empty and fewer calls scoring than
/// there are loops is scored at once by its own request. Off, each review is a batch of one.
/// A full queue throws <see cref="QueueFullException"/> at once. Runs as a hosted service, so it stops after the
/// server has let its in-flight requests finish.
/// </summary>
internal sealed class ReviewScorer : BackgroundService
{
    private readonly SentimentBatchPredictor _predictor;
    private readonly MicroBatchingOptions _options;
    private readonly SentimentMetrics _metrics;
    private readonly Channel<PendingPrediction> _queue;

    // Calls scoring now (the scoring loops' batches, reviews scored at once by their own requests), plus every slot
    // while the scorer is not running: then nothing is scored at once either, and reviews wait in the queue for it.
    private int _scoring;

    public ReviewScorer(ServedModel model, IOptions<SentimentModelOptions> options, SentimentMetrics metrics)
    {
        _predictor = model.Model.BatchPredictor;
        _options = options.Value.Batching;
        _scoring = _options.MaxConcurrentBatches;
        _metrics = metrics;
        _queue = Channel.CreateBounded<PendingPrediction>(new BoundedChannelOptions(_options.QueueCapacity)
        {
            SingleReader = _options.MaxConcurrentBatches == 1,
            FullMode = BoundedChannelFullMode.Wait,
        });
    }

    /// <summary>Whether the scorer runs and is waiting for work, so that a review would be scored at once.</summary>
    internal bool IsIdle => Volatile.Read(ref _scoring) == 0;

    /// <summary>Scores many reviews in one call (lists, explanations); not queued.</summary>
    public IReadOnlyList<SentimentPrediction> ScoreNow(IReadOnlyList<EncodedText> encoded)
    {
        var predictions = _predictor.PredictEncoded(encoded);
        _metrics.RecordBatch(encoded.Count);
        return predictions;
    }

    /// <summary>Encodes and scores many reviews in one call; not queued.</summary>
    public IReadOnlyList<SentimentPrediction> ScoreNow(IReadOnlyList<string> texts)
    {
        var predictions = _predictor.Predict(texts);
        _metrics.RecordBatch(texts.Count);
        return predictions;
    }

    /// <summary>Counts the rows an explanation scored (the review and one per token left out).</summary>
    public void RecordExplanation(SentimentExplanation explanation) => _metrics.RecordBatch(explanation.Tokens.Count + 1);

    /// <summary>Scores one review, together with other callers' when micro-batching is on.</summary>
    /// <exception cref="QueueFullException">The queue holds <see cref="MicroBatchingOptions.QueueCapacity"/> reviews.</exception>
    public async Task<SentimentPrediction> ScoreAsync(EncodedText encoded, CancellationToken cancellationToken)
    {
        if (!_options.Enabled)
        {
            return ScoreNow([encoded])[0];
        }

        // Nothing queued and a slot free: score it here at once. A lone client then pays no hand-over to the scorer
        // and back; under load the queue is seldom empty, so reviews still gather into batches.
        if (_queue.Reader.Count == 0 && TryTakeSlot())
        {
            try
            {
                return ScoreNow([encoded])[0];
            }
            finally
            {
                Interlocked.Decrement(ref _scoring);
            }
        }

        var pending = new PendingPrediction(encoded);
        if (!_queue.Writer.TryWrite(pending))
        {
            throw new QueueFullException(_options.QueueCapacity);
        }

        _metrics.QueueChanged(+1);
        using (cancellationToken.Register(() => pending.Cancel(cancellationToken)))
        {
            return await pending.Result.ConfigureAwait(false);
        }
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        Interlocked.Add(ref _scoring, -_options.MaxConcurrentBatches);
        try
        {
            // Each loop on a thread-pool thread of its own: called directly, the first would score everything already
            // queued before the next one started.
            var loops = new Task[_options.MaxConcurrentBatches];
            for (var i = 0; i < loops.Length; i++)
            {
                loops[i] = Task.Run(() => ScoreBatches(stoppingToken), CancellationToken.None);
            }

            await Task.WhenAll(loops).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Stopping: the server has already finished its requests; anything left has no caller waiting.
        }
        finally
        {
            Interlocked.Add(ref _scoring, _options.MaxConcurrentBatches);
        }
    }

    /// <summary>Counts one more call scoring now, if fewer than <see cref="MicroBatchingOptions.MaxConcurrentBatches"/> are.</summary>
    private bool TryTakeSlot()
    {
        var scoring = Volatile.Read(ref _scoring);
        while (scoring < _options.MaxConcurrentBatches)
        {
            var seen = Interlocked.CompareExchange(ref _scoring, scoring + 1, scoring);
            if (seen == scoring)
            {
                return true;
            }

            scoring = seen;
        }

        return false;
    }

    /// <summary>One scoring loop: takes a batch from the queue, scores it, and again, until stopped.</summary>
    private async Task ScoreBatches(CancellationToken stoppingToken)
    {
        var batch = new List<PendingPrediction>(_options.MaxBatchSize);
        var reader = _queue.Reader;
        while (await reader.WaitToReadAsync(stoppingToken).ConfigureAwait(false))
        {
            // Busy from the first review on, so that reviews arriving while a batch gathers join it.
            Interlocked.Increment(ref _scoring);
            try
            {
                await Gather(reader, batch, stoppingToken).ConfigureAwait(false);
                Score(batch);
            }
            finally
            {
                Interlocked.Decrement(ref _scoring);
            }

            batch.Clear();
        }
    }

    public override void Dispose()
    {
        _queue.Writer.TryComplete();
        base.Dispose();
    }

    /// <summary>Takes what is queued, then waits up to the maximum time after the first review for more.</summary>
    private async Task Gather(ChannelReader<PendingPrediction> reader, List<PendingPrediction> batch, CancellationToken stoppingToken)
    {
        var deadline = DateTime.UtcNow + _options.MaxWait;
        while (batch.Count < _options.MaxBatchSize)
        {
            if (reader.TryRead(out var pending))
            {
                _metrics.QueueChanged(-1);
                if (!pending.IsAbandoned)
                {
                    batch.Add(pending);
                }

                continue;
            }

            var remaining = deadline - DateTime.UtcNow;
            if (batch.Count == 0 || remaining <= TimeSpan.Zero)
            {
                return;
            }

            using var wait = CancellationTokenSource.CreateLinkedTokenSource(stoppingToken);
            wait.CancelAfter(remaining);
            try
            {
                if (!await reader.WaitToReadAsync(wait.Token).ConfigureAwait(false))
                {
                    return;
                }
            }
            catch (OperationCanceledException) when (!stoppingToken.IsCancellationRequested)
            {
                return;
            }
        }
    }

    private void Score(List<PendingPrediction> batch)
    {
        if (batch.Count == 0)
        {
            return;
        }

        try
        {
            var predictions = ScoreNow([.. batch.Select(p => p.Encoded)]);
            for (var i = 0; i < batch.Count; i++)
            {
                batch[i].Complete(predictions[i]);
            }
        }
        catch (Exception e)
        {
            // A failing model fails the callers of this batch, not the scorer: the next batch may still work.
            foreach (var pending in batch)
            {
                pending.Fail(e);
            }
        }
    }
}
