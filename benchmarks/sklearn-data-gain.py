#!/usr/bin/python3
"""What the wide path would gain from being refitted on the training and validation splits together, measured on
the validation split alone.

Refitting on train + validation gives the n-grams 1/8 more reviews (the split is 80/10/10), but validation cannot
then judge the refit. So this asks the same question one step down: fit on 8/9 of the training split (as many
reviews as the training split is of train + validation) and on the whole training split, and score both on
validation. The 8/9 subsets are seeded; each is drawn SUBSETS times. Features and classifier are the wide path's
(binary TF-IDF word 1-2-grams and char 1-3-grams, min_df 2, LogisticRegression(C)), C the best of C_GRID on the whole
training split. The test split is never read.

Run with Debian's python3-sklearn: /usr/bin/python3 benchmarks/sklearn-data-gain.py SPLIT.jsonl
(SPLIT.jsonl from `SentimentPipeline.Training baseline --corpus PATH --output DIR --split-file SPLIT.jsonl`).
"""
import sys

import numpy as np
from sklearn.linear_model import LogisticRegression

from split_file import train_and_validation
from wide_features import features

C_GRID = (2, 4, 8, 16)
SUBSETS = 5


def validation_accuracy(train, validation, c):
    x, xv = features(train, validation)
    model = LogisticRegression(C=c, max_iter=3000).fit(x, [r["label"] for r in train])
    return (model.predict(xv) == np.array([r["label"] for r in validation])).mean()


def main():
    train, validation = train_and_validation(sys.argv, "sklearn-data-gain.py")
    whole = {c: validation_accuracy(train, validation, c) for c in C_GRID}
    c = max(whole, key=whole.get)
    subsets = []
    for seed in range(SUBSETS):
        keep = np.random.default_rng(seed).permutation(len(train))[: len(train) * 8 // 9]
        subsets.append(validation_accuracy([train[i] for i in keep], validation, c))
    print(f"{len(train)} train, {len(validation)} validation reviews; C = {c} (best on the whole training split)")
    print(f"8/9 of train ({len(train) * 8 // 9}): validation {np.mean(subsets):.4f} ± {np.std(subsets, ddof=1):.4f} over {SUBSETS} subsets")
    print(f"all of train ({len(train)}): validation {whole[c]:.4f}; gain {whole[c] - np.mean(subsets):+.4f}")


if __name__ == "__main__":
    main()
