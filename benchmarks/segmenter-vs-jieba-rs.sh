#!/usr/bin/env bash
# Throughput of our segmenter and of jieba-rs (@node-rs/jieba 2.0.3 through node) on the same reviews
# (../shared/data/online_shopping_10_cats.csv), accurate mode with HMM, single thread, in one run.
# Prints both MB/s, the ratio, the dictionary load time and the memory the loaded dictionary keeps.
set -euo pipefail
cd "$(dirname "$0")/.."
dotnet run --project tests/SentimentPipeline.Benchmarks -c Release -- --compare
