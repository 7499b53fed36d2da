#!/usr/bin/python3
"""Validation accuracy of variants of the model's wide path, with scikit-learn, on the training program's own split.

Reads the JSON lines that `SentimentPipeline.Training baseline --split-file FILE` writes (split, label, tokens), fits
on "train" and scores "validation" only: the test split is never read. The wide path's features are binary TF-IDF
(smooth idf) word n-grams of the tokens and char n-grams of the tokens joined by spaces, min_df 2, each block
L2-normalised (sklearn's TfidfVectorizer does that per vectorizer), concatenated, into LogisticRegression(C).
Variants:

  * longer n-grams: word 1-2 / 1-3 and char 1-3 / 1-4 / 1-5;
  * NB weighting (Wang & Manning 2012, NBSVM's log-count ratio r = log((p/|p|1) / (q/|q|1)), p and q the per-class
    document counts of each feature plus 1) multiplied into the features. With the normalisation before it, it
    folds into the exported weights (w * r), so the ONNX graph would not change.

Run with Debian's python3-sklearn: /usr/bin/python3 benchmarks/sklearn-wide-variants.py FILE
"""
import sys

import numpy as np
from sklearn.linear_model import LogisticRegression

from split_file import train_and_validation
from wide_features import features

C_GRID = (2, 4, 8, 16, 32)


def log_count_ratio(x, labels):
    present = (x > 0).astype(np.float64)
    p = 1 + np.asarray(present[labels == 1].sum(0)).ravel()
    q = 1 + np.asarray(present[labels == 0].sum(0)).ravel()
    return np.log((p / p.sum()) / (q / q.sum()))


def accuracies(x, labels, xv, validation_labels):
    return [(c, (LogisticRegression(C=c, max_iter=3000).fit(x, labels).predict(xv) == validation_labels).mean()) for c in C_GRID]


def main():
    train, validation = train_and_validation(sys.argv, "sklearn-wide-variants.py")
    labels = np.array([r["label"] for r in train])
    validation_labels = np.array([r["label"] for r in validation])
    print(f"{len(train)} train, {len(validation)} validation reviews; validation accuracy for C = {C_GRID}")
    print("| word n | char n | weighting | features | validation accuracy per C | best |")
    print("| --- | --- | --- | ---: | --- | ---: |")
    for word_order, char_order, nb in [(2, 3, False), (2, 3, True), (2, 4, False), (3, 3, False), (3, 4, False), (2, 5, False)]:
        x, xv = features(train, validation, word_order, char_order)
        if nb:
            r = log_count_ratio(x, labels)
            x, xv = x.multiply(r).tocsr(), xv.multiply(r).tocsr()
        results = accuracies(x, labels, xv, validation_labels)
        cells = ", ".join(f"{a:.4f}" for _, a in results)
        best = max(a for _, a in results)
        print(f"| 1-{word_order} | 1-{char_order} | {'binary TF-IDF x NB ratio' if nb else 'binary TF-IDF'} | {x.shape[1]:,} | {cells} | {best:.4f} |", flush=True)


if __name__ == "__main__":
    main()
