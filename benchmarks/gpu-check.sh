#!/usr/bin/env bash
# On a machine with an NVIDIA GPU (CUDA 12, cuDNN 9): builds the CLI with -p:UseOnnxRuntimeGpu=true, checks that CUDA
# is really used (info --gpu --gpu-strict: exit 4 if not), then scores the same corpus on GPU and on CPU (the batched
# path, 256 reviews per ONNX Runtime call) and prints reviews per second for both and the ratio.
#   benchmarks/gpu-check.sh [MODEL_DIR (default artifacts/model)] [CORPUS (default ../shared/data/corpus.csv)]
set -euo pipefail
cd "$(dirname "$0")/.."
model=$(realpath "${1:-artifacts/model}")
corpus=$(realpath "${2:-../shared/data/corpus.csv}")
gpu_build=$PWD/artifacts/gpu-build
dotnet build src/SentimentPipeline.Cli -c Release -nologo -v quiet >/dev/null
dotnet build src/SentimentPipeline.Cli -c Release -nologo -v quiet --artifacts-path "$gpu_build" -p:UseOnnxRuntimeGpu=true >/dev/null
cpu_cli=src/SentimentPipeline.Cli/bin/Release/net10.0/sentiment.dll
gpu_cli=$gpu_build/bin/SentimentPipeline.Cli/release/sentiment.dll

dotnet "$gpu_cli" info --model "$model" --gpu --gpu-strict >/dev/null   # exit 4 with the reason when CUDA is unusable

reviews=$(($(wc -l < "$corpus") - 1))
score() { # $1 = cli, rest = options; prints seconds
    local start end
    start=$(date +%s.%N)
    dotnet "$1" score "$corpus" --model "$model" --output "$(mktemp -d)/scored.jsonl" "${@:2}" >/dev/null 2>&1 || [ $? -eq 5 ]
    end=$(date +%s.%N)
    echo "$end - $start" | bc -l
}
score "$gpu_cli" --gpu-strict >/dev/null   # warm-up: CUDA initialisation and kernel selection
gpu=$(score "$gpu_cli" --gpu-strict)
cpu=$(score "$cpu_cli")
printf 'reviews: %d (%s)\n' "$reviews" "$corpus"
printf 'GPU: %.1f s, %.0f reviews/s (process wall time, model load included)\n' "$gpu" "$(echo "$reviews / $gpu" | bc -l)"
printf 'CPU: %.1f s, %.0f reviews/s\n' "$cpu" "$(echo "$reviews / $cpu" | bc -l)"
printf 'ratio GPU/CPU: %.2fx\n' "$(echo "$cpu / $gpu" | bc -l)"
