#!/usr/bin/python3
"""Writes a single-category corpus with chosen class counts, drawn from online_shopping_10_cats.csv, for checking that
the training defaults hold on corpora other than the two shared ones (5k-12k rows, 1:2 classes, one domain).

The rows are a seeded random sample of one category's reviews, written in the source's own format (cat,label,review)
to OUTPUT, which must lie outside the repository: the corpora's text is never copied into it.

Usage: /usr/bin/python3 benchmarks/derived-corpus.py SOURCE.csv OUTPUT.csv --category 酒店 --negatives 2500 --positives 5000 [--seed 1]
"""
import argparse
import csv
import os
import random
import sys


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("source")
    parser.add_argument("output")
    parser.add_argument("--category", required=True)
    parser.add_argument("--negatives", type=int, required=True)
    parser.add_argument("--positives", type=int, required=True)
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args()

    repository = os.path.realpath(os.path.join(os.path.dirname(__file__), ".."))
    if os.path.realpath(args.output).startswith(repository + os.sep):
        sys.exit(f"{args.output}: inside the repository; write derived corpora elsewhere (their text stays out of it).")

    with open(args.source, encoding="utf-8", newline="") as f:
        rows = [r for r in csv.DictReader(f) if r["cat"] == args.category and r["review"].strip()]
    by_label = {"0": [r for r in rows if r["label"] == "0"], "1": [r for r in rows if r["label"] == "1"]}
    wanted = {"0": args.negatives, "1": args.positives}
    for label, count in wanted.items():
        if count > len(by_label[label]):
            sys.exit(f"{args.source}: category {args.category} has {len(by_label[label])} reviews of label {label}, {count} asked for.")

    chosen = []
    rng = random.Random(args.seed)
    for label, count in wanted.items():
        chosen += rng.sample(by_label[label], count)
    rng.shuffle(chosen)
    with open(args.output, "w", encoding="utf-8", newline="") as f:
        writer = csv.DictWriter(f, fieldnames=["cat", "label", "review"])
        writer.writeheader()
        writer.writerows(chosen)
    print(f"Wrote {args.output}: {len(chosen)} reviews of {args.category} ({args.negatives} negative, {args.positives} positive, seed {args.seed}).")


if __name__ == "__main__":
    main()
