#!/usr/bin/env bash
# Throughput of four jieba implementations on the same reviews (../shared/data/online_shopping_10_cats.csv),
# accurate mode with HMM, single thread, one after the other in one run: ours and jieba.NET 0.42.2 in one .NET
# process, jieba-rs (@node-rs/jieba 2.0.3) through node, Python jieba 0.42.1 (/usr/bin/python3, python3-jieba).
# Prints MB/s by wall clock and per CPU-second with ratios, dictionary load times and retained memory.
set -euo pipefail
cd "$(dirname "$0")/.."
dotnet run --project tests/SentimentPipeline.Benchmarks -c Release -- --compare
