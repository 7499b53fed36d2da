using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;

namespace SentimentPipeline.Benchmarks;

/// <summary>MB/s (10^6 UTF-8 bytes per second) of the segmentation benchmarks, from their mean time.</summary>
public sealed class ThroughputColumn : IColumn
{
    // Benchmarks run in a child process, so the host measures the same text again to know its size.
    private readonly Lazy<long> _bytesPerOperation = new(() => BenchmarkReviews.Utf8Bytes(BenchmarkReviews.Sample()));

    public string Id => nameof(ThroughputColumn);

    public string ColumnName => "MB/s";

    public bool AlwaysShow => true;

    public ColumnCategory Category => ColumnCategory.Custom;

    public int PriorityInCategory => 0;

    public bool IsNumeric => true;

    public UnitType UnitType => UnitType.Dimensionless;

    public string Legend => "Throughput: UTF-8 megabytes (10^6 bytes) of review text segmented per second";

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase) => GetValue(summary, benchmarkCase, SummaryStyle.Default);

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase, SummaryStyle style)
    {
        var report = summary[benchmarkCase];
        if (benchmarkCase.Descriptor.Type != typeof(SegmenterThroughputBenchmarks) || report?.ResultStatistics is not { } statistics)
        {
            return "-";
        }

        return (_bytesPerOperation.Value / (statistics.Mean / 1e9) / 1e6).ToString("F2", System.Globalization.CultureInfo.InvariantCulture);
    }

    public bool IsAvailable(Summary summary) => true;

    public bool IsDefault(Summary summary, BenchmarkCase benchmarkCase) => false;
}
