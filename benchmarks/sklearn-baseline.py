#!/usr/bin/python3
"""scikit-learn reference for the training program's baseline, on the same jieba tokens.

Reads the JSON lines that `SentimentPipeline.Training baseline --split-file FILE` writes (one review per line:
split, label, tokens) and fits TfidfVectorizer(sublinear_tf=True, min_df=2) on word 1-2-grams of the tokens and
on char 1-3-grams of the tokens joined by spaces, concatenated, into LogisticRegression(C=4):

  * on a seeded stratified 80/20 split of all rows (the reference setting, random_state=42), and
  * on our split: fit on "train", score "validation" and "test" (what the C# baseline sees).

Run with Debian's python3-sklearn: /usr/bin/python3 benchmarks/sklearn-baseline.py FILE [--c 4]
"""
import argparse
import time

import scipy.sparse as sp
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import accuracy_score, f1_score
from sklearn.model_selection import train_test_split

from split_file import read


def identity(tokens):
    return tokens


def char_text(tokens):
    return " ".join(tokens)


def fit_and_score(train, scored, c):
    """Fits on train (list of rows), returns (accuracy, f1) on each list in scored."""
    word = TfidfVectorizer(analyzer=identity, preprocessor=None, lowercase=False, sublinear_tf=True, min_df=2,
                           token_pattern=None)
    # analyzer=callable gets each document's token list; bigrams are added by hand below.
    char = TfidfVectorizer(analyzer="char", ngram_range=(1, 3), lowercase=False, sublinear_tf=True, min_df=2)

    def words(rows):
        return [r["tokens"] + [a + " " + b for a, b in zip(r["tokens"], r["tokens"][1:])] for r in rows]

    def chars(rows):
        return [char_text(r["tokens"]) for r in rows]

    x = sp.hstack([word.fit_transform(words(train)), char.fit_transform(chars(train))]).tocsr()
    model = LogisticRegression(C=c, max_iter=1000)
    model.fit(x, [r["label"] for r in train])
    results = []
    for rows in scored:
        xs = sp.hstack([word.transform(words(rows)), char.transform(chars(rows))]).tocsr()
        predicted = model.predict(xs)
        labels = [r["label"] for r in rows]
        results.append((accuracy_score(labels, predicted), f1_score(labels, predicted)))
    return results, len(word.vocabulary_), len(char.vocabulary_)


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("split_file")
    parser.add_argument("--c", type=float, default=4.0, help="LogisticRegression C (default 4)")
    args = parser.parse_args()
    rows = read(args.split_file)

    start = time.perf_counter()
    train, test = train_test_split(rows, test_size=0.2, random_state=42, stratify=[r["label"] for r in rows])
    [(accuracy, f1)], words, chars = fit_and_score(train, [test], args.c)
    print(f"reference (stratified 80/20, random_state=42): train {len(train)}, test {len(test)}; "
          f"{words} word + {chars} char features; test accuracy {accuracy:.4f}, F1 {f1:.4f} "
          f"({time.perf_counter() - start:.1f} s)")

    start = time.perf_counter()
    ours = {name: [r for r in rows if r["split"] == name] for name in ("train", "validation", "test")}
    [(v_accuracy, v_f1), (t_accuracy, t_f1)], words, chars = fit_and_score(ours["train"], [ours["validation"], ours["test"]], args.c)
    print(f"our split: train {len(ours['train'])}, validation {len(ours['validation'])}, test {len(ours['test'])}; "
          f"{words} word + {chars} char features; validation accuracy {v_accuracy:.4f}, F1 {v_f1:.4f}; "
          f"test accuracy {t_accuracy:.4f}, F1 {t_f1:.4f} ({time.perf_counter() - start:.1f} s)")


if __name__ == "__main__":
    main()
