#!/usr/bin/python3
"""Mixes of dumped margins (run.sh writes them): each mix is fitted on the validation split exactly as the trainer's
EnsembleMixer fits the default one (full-batch Adam, 300 steps at 0.05, on the cross-entropy of a · m1 + b · m2 + … + c,
from the plain sum), then scored on validation and test.

Members: deep.best (the kept BiLSTM epoch), wide (the n-gram path), deep2 (the BiLSTM's second-best epoch by the
early-stopping rule, a snapshot ensemble at no training cost) and cnn (the TextCNN epoch that rule keeps; the mixes
with it are left out when the run had none, SP_NO_CNN).

    /usr/bin/python3 benchmarks/deep-experiments/mix.py SEED_DIR/margins [...]
"""
import glob
import os
import re
import sys

import numpy as np


def margins(directory, name, part):
    return np.loadtxt(os.path.join(directory, f"{name}.{part}.txt"), dtype=np.float64)


def fit(x, y, steps=300, lr=0.05):
    x1 = np.hstack([x, np.ones((len(x), 1))])
    w = np.concatenate([np.ones(x.shape[1]), [0.0]])
    m, v = np.zeros_like(w), np.zeros_like(w)
    for t in range(1, steps + 1):
        p = 0.5 * (1 + np.tanh((x1 @ w) / 2))
        g = x1.T @ (p - y) / len(y)
        m = 0.9 * m + 0.1 * g
        v = 0.999 * v + 0.001 * g * g
        w -= lr * (m / (1 - 0.9 ** t)) / (np.sqrt(v / (1 - 0.999 ** t)) + 1e-8)
    return w


def accuracy(x, y, w):
    return np.mean(((np.hstack([x, np.ones((len(x), 1))]) @ w) > 0) == (y == 1))


def epochs_by_rule(directory, prefix, labels):
    """Epochs best first by the trainer's rule: higher validation accuracy, then lower validation loss."""
    ranked = []
    for path in glob.glob(os.path.join(directory, f"{prefix}.e*.val.txt")):
        epoch = int(re.search(r"\.e(\d+)\.val", path).group(1))
        m = np.loadtxt(path)
        loss = np.mean(np.logaddexp(0, -np.where(labels == 1, m, -m)))
        ranked.append((-np.mean((m > 0) == (labels == 1)), loss, epoch))
    return [epoch for *_, epoch in sorted(ranked)]


def mixes(directory):
    yv = np.loadtxt(os.path.join(directory, "labels.val.txt"))
    yt = np.loadtxt(os.path.join(directory, "labels.test.txt"))
    deep2 = f"deep.e{epochs_by_rule(directory, 'deep', yv)[1]}"
    combos = {"deep + wide (the default mix)": ["deep.best", "wide"], "deep + deep2 + wide": ["deep.best", deep2, "wide"]}
    members = ["deep.best", deep2, "wide"]
    cnn_epochs = epochs_by_rule(directory, "cnn", yv)
    if cnn_epochs:
        cnn = f"cnn.e{cnn_epochs[0]}"
        members.append(cnn)
        combos.update({
            "cnn + wide": [cnn, "wide"],
            "deep + cnn + wide": ["deep.best", cnn, "wide"],
            "deep + deep2 + cnn + wide": ["deep.best", deep2, cnn, "wide"],
        })
    alone = {n: (np.mean((margins(directory, n, "val") > 0) == (yv == 1)), np.mean((margins(directory, n, "test") > 0) == (yt == 1)))
             for n in members}
    results = {}
    for label, names in combos.items():
        xv = np.stack([margins(directory, n, "val") for n in names], 1)
        xt = np.stack([margins(directory, n, "test") for n in names], 1)
        w = fit(xv, yv)
        results[label] = (accuracy(xv, yv, w), accuracy(xt, yt, w), w)
    return results, alone


def main(directories):
    table = {}
    for directory in directories:
        results, alone = mixes(directory)
        print(directory)
        print("  alone (validation, test): " + ", ".join(f"{n} {a:.4f} {b:.4f}" for n, (a, b) in alone.items()))
        for label, (a, b, w) in results.items():
            print(f"  {label:28s} validation {a:.4f}  test {b:.4f}  weights {np.round(w, 3)}")
            table.setdefault(label, []).append((a, b))
    print(f"mean over {len(directories)} seeds")
    for label, rows in table.items():
        rows = np.array(rows)
        spread = rows[:, 1].std(ddof=1) if len(rows) > 1 else 0.0
        print(f"  {label:28s} validation {rows[:, 0].mean():.4f}  test {rows[:, 1].mean():.4f} ± {spread:.4f}")


if __name__ == "__main__":
    main(sys.argv[1:])
