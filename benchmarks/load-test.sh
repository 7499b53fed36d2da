#!/usr/bin/env bash
# Load test of `sentiment serve` on 127.0.0.1 only: single-review POST /predict with 1, 16 and 64 connections,
# micro-batching off and on in one run, load from Debian's wrk (apt-get install wrk). Prints throughput, p50/p99,
# errors, answers that differ from sequential scoring, server CPU per request and the on/off ratio.
# Model: $SENTIMENT_MODEL (else artifacts/model).
#   SENTIMENT_MODEL=$PWD/artifacts/corpus benchmarks/load-test.sh [--seconds 10] [--on-args "--max-wait-ms 1" …] [--server-args "--allow-spinning"]
# (several --on-args: each "on" setting against the same "off" server, in one run; --server-args: for every server,
#  and an option given there cannot be repeated in --on-args)
set -euo pipefail
cd "$(dirname "$0")/.."
command -v wrk >/dev/null || { echo "load-test.sh needs wrk: apt-get install wrk" >&2; exit 2; }
dotnet build src/SentimentPipeline.Cli -c Release -v quiet -nologo >/dev/null
dotnet build tests/SentimentPipeline.Benchmarks -c Release -v quiet -nologo >/dev/null
exec dotnet tests/SentimentPipeline.Benchmarks/bin/Release/net10.0/SentimentPipeline.Benchmarks.dll --load "$@"
