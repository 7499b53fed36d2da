using System.Globalization;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;

namespace SentimentPipeline.Benchmarks;

/// <summary>Reviews scored per second by the prediction benchmarks (their mean is per review).</summary>
public sealed class ReviewsPerSecondColumn : IColumn
{
    public string Id => nameof(ReviewsPerSecondColumn);

    public string ColumnName => "Reviews/s";

    public bool AlwaysShow => true;

    public ColumnCategory Category => ColumnCategory.Custom;

    public int PriorityInCategory => 1;

    public bool IsNumeric => true;

    public UnitType UnitType => UnitType.Dimensionless;

    public string Legend => "Prediction throughput: reviews scored per second (1 s / mean time per review)";

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase) => GetValue(summary, benchmarkCase, SummaryStyle.Default);

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase, SummaryStyle style)
        => (benchmarkCase.Descriptor.Type == typeof(PredictionThroughputBenchmarks) || benchmarkCase.Descriptor.Type == typeof(PredictionLatencyBenchmarks)) && summary[benchmarkCase]?.ResultStatistics is { } statistics
            ? (1e9 / statistics.Mean).ToString("F0", CultureInfo.InvariantCulture)
            : "-";

    public bool IsAvailable(Summary summary) => true;

    public bool IsDefault(Summary summary, BenchmarkCase benchmarkCase) => false;
}
