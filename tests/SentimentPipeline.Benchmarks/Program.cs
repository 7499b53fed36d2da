using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Running;
using SentimentPipeline.Benchmarks;

// --compare: side by side with jieba-rs through node in one run. --prediction: every prediction path over the same
// reviews in one run, with ratios. --load: sentiment serve under 1/16/64 connections, micro-batching off and on. Anything else goes to BenchmarkDotNet
// (for example --filter '*' or --filter '*Throughput*' or --filter '*Prediction*').
if (args.Contains("--compare"))
{
    return SideBySideComparison.Run();
}

if (args.Contains("--load"))
{
    return LoadTest.Run(args);
}

if (args.Contains("--prediction"))
{
    return PredictionComparison.Run();
}

var config = DefaultConfig.Instance.AddColumn(new ThroughputColumn()).AddColumn(new ReviewsPerSecondColumn());
BenchmarkSwitcher.FromAssembly(typeof(SegmenterThroughputBenchmarks).Assembly).Run(args, config);
return 0;
