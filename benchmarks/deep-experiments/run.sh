#!/usr/bin/env bash
# Training experiments that are not options of the main code (training README: "More ensemble members", "A frozen
# embedding"), rerun from a patch.
#
#   [SP_FREEZE_EMBEDDING=1] [SP_NO_CNN=1] benchmarks/deep-experiments/run.sh CORPUS OUT [SEED ...] [-- TRAIN-FLAGS ...]
#
# Applies experiments.patch to a throwaway worktree of HEAD, builds it, trains each seed with the defaults, then fits
# the mixes on validation (mix.py) and prints them. The patch writes every path's validation and test margins after
# every epoch, adds a TextCNN trained after the deep path (SP_NO_CNN=1 leaves it out) and, with SP_FREEZE_EMBEDDING=1,
# trains the deep path with its embedding frozen. The main code is not changed. Seeds default to 42 7 13.
set -euo pipefail
corpus=$(realpath "$1"); out=$(realpath -m "$2"); shift 2
seeds=(); while [[ $# -gt 0 && $1 != -- ]]; do seeds+=("$1"); shift; done
[[ ${1:-} == -- ]] && shift
(( ${#seeds[@]} )) || seeds=(42 7 13)
here=$(cd "$(dirname "$0")" && pwd)
worktree=$(mktemp -d)
trap 'git -C "$here" worktree remove --force "$worktree" >/dev/null 2>&1 || true' EXIT
git -C "$here" worktree add -q --detach "$worktree" HEAD
git -C "$worktree" apply "$here/experiments.patch"
dotnet build "$worktree/training/SentimentPipeline.Training" -c Release -o "$out/bin" -v quiet -nologo
dirs=()
for seed in "${seeds[@]}"; do
  echo "seed $seed → $out/seed-$seed (log: train.log)"
  mkdir -p "$out/seed-$seed"
  SP_DUMP="$out/seed-$seed/margins" dotnet "$out/bin/SentimentPipeline.Training.dll" train --corpus "$corpus" --seed "$seed" \
    --output "$out/seed-$seed" "$@" > "$out/seed-$seed/train.log" 2>&1
  dirs+=("$out/seed-$seed/margins")
done
/usr/bin/python3 "$here/mix.py" "${dirs[@]}"
