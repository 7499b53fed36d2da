"""The JSON lines that `SentimentPipeline.Training baseline --split-file FILE` writes: one review per line, with its
split ("train", "validation" or "test"), label (0/1) and jieba tokens. Shared by the scikit-learn scripts here."""
import json


def read(path):
    with open(path, encoding="utf-8") as f:
        return [json.loads(line) for line in f]
