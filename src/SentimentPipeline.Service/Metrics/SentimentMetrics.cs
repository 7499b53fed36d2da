using Prometheus;
using SentimentPipeline.Service.Hosting;

namespace SentimentPipeline.Service.Metrics;

/// <summary>
/// The service's Prometheus metrics, in a registry of their own (so several hosts in one process do not mix), each
/// labelled with the model's name and checksum: requests by endpoint and status, request latency, batch sizes,
/// reviews scored and the micro-batching queue length.
/// </summary>
internal sealed class SentimentMetrics
{
    private static readonly double[] BatchBuckets = [1, 2, 4, 8, 16, 32, 64, 128, 256, 512, 1024];

    private readonly Counter _requests;
    private readonly Histogram _latency;
    private readonly Histogram _batchSize;
    private readonly Counter _reviews;
    private readonly Gauge _queueLength;

    public SentimentMetrics(ServedModel model)
    {
        Registry = Prometheus.Metrics.NewCustomRegistry();
        var factory = Prometheus.Metrics.WithCustomRegistry(Registry).WithLabels(new Dictionary<string, string>
        {
            ["model"] = model.Name,
            ["model_sha256"] = model.Sha256,
        });
        _requests = factory.CreateCounter("sentiment_http_requests_total", "HTTP requests answered, by endpoint and status code.",
            new CounterConfiguration { LabelNames = ["endpoint", "status"] });
        _latency = factory.CreateHistogram("sentiment_http_request_duration_seconds", "Time from the request's arrival to its answer.",
            new HistogramConfiguration { LabelNames = ["endpoint"], Buckets = Histogram.ExponentialBuckets(0.0005, 2, 16) });
        _batchSize = factory.CreateHistogram("sentiment_batch_size", "Reviews scored together (a micro-batch, a list, an explanation); split into ONNX Runtime calls by length.",
            new HistogramConfiguration { Buckets = BatchBuckets });
        _reviews = factory.CreateCounter("sentiment_reviews_scored_total", "Reviews scored (explanations included).");
        _queueLength = factory.CreateGauge("sentiment_queue_length", "Reviews waiting for the micro-batching scorer.");
        factory.CreateGauge("sentiment_model_info", "The served model (always 1; see the labels).").Set(1);
    }

    public CollectorRegistry Registry { get; }

    public void RecordRequest(string endpoint, int status, TimeSpan elapsed)
    {
        _requests.WithLabels(endpoint, status.ToString(System.Globalization.CultureInfo.InvariantCulture)).Inc();
        _latency.WithLabels(endpoint).Observe(elapsed.TotalSeconds);
    }

    public void RecordBatch(int reviews)
    {
        _batchSize.Observe(reviews);
        _reviews.Inc(reviews);
    }

    public void QueueChanged(int delta) => _queueLength.Inc(delta);
}
