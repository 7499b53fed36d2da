"""The JSON lines that `SentimentPipeline.Training baseline --split-file FILE` writes: one review per line, with its
split ("train", "validation" or "test"), label (0/1) and jieba tokens. Shared by the scikit-learn scripts here."""
import json
import sys


def read(path):
    with open(path, encoding="utf-8") as f:
        return [json.loads(line) for line in f]


def train_and_validation(argv, script):
    """The "train" and "validation" rows of the split file named by the one command-line argument (never "test")."""
    if len(argv) != 2:
        sys.stderr.write(f"usage: {script} SPLIT.jsonl\n")
        sys.exit(2)
    rows = read(argv[1])
    return [r for r in rows if r["split"] == "train"], [r for r in rows if r["split"] == "validation"]
