using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Running;
using SentimentPipeline.Benchmarks;

// --compare: side by side with jieba-rs through node in one run. Anything else goes to BenchmarkDotNet
// (for example --filter '*' or --filter '*Throughput*').
if (args.Contains("--compare"))
{
    return SideBySideComparison.Run();
}

var config = DefaultConfig.Instance.AddColumn(new ThroughputColumn());
BenchmarkSwitcher.FromAssembly(typeof(SegmenterThroughputBenchmarks).Assembly).Run(args, config);
return 0;
