using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Running;
using SentimentPipeline.Benchmarks;

// --compare: side by side with jieba.NET, jieba-rs (node) and Python jieba in one run. --digest: one SHA-256 per
// segmenter output over both corpora and generated strings, to show a speed change kept every token. --ab DIR DIR…:
// several builds of the segmenter timed in turn in one process by CPU time. --jiebanet-parity: ours and
// jieba.NET against Python jieba on both corpora. --prediction: every prediction path over the same
// reviews in one run, with ratios. --operator-profile: ONNX Runtime's kernel time by operator, per review, at
// batch 1 and 32. --load: sentiment serve under 1/16/64 connections, micro-batching off and on.
// Anything else goes to BenchmarkDotNet
// (for example --filter '*' or --filter '*Throughput*' or --filter '*Prediction*').
if (args.Contains("--compare"))
{
    return SideBySideComparison.Run();
}

if (args.Contains("--digest"))
{
    return SegmenterDigest.Run();
}

if (args.Contains("--ab"))
{
    return SegmenterAb.Run(args);
}

if (args.Contains("--jiebanet-parity"))
{
    return JiebaNetParity.Run();
}

if (args.Contains("--load"))
{
    return LoadTest.Run(args);
}

if (args.Contains("--operator-profile"))
{
    return OperatorProfile.Run();
}

if (args.Contains("--prediction"))
{
    return PredictionComparison.Run();
}

// The generated benchmark project is built while other jobs load the machine: BenchmarkDotNet's 2-minute build
// limit is too short for that.
var config = DefaultConfig.Instance.AddColumn(new ThroughputColumn()).AddColumn(new ReviewsPerSecondColumn())
    .WithBuildTimeout(TimeSpan.FromMinutes(15));
BenchmarkSwitcher.FromAssembly(typeof(SegmenterThroughputBenchmarks).Assembly).Run(args, config);
return 0;
