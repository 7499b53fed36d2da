#!/usr/bin/python3
"""Reference segmentation for the parity tests: Python jieba 0.42.1 (Debian's python3-jieba) with its own dictionary.

stdin: one JSON string per line. stdout: one JSON object per input line with the tokens of each mode and the
jieba.tokenize offsets (Python str indices, i.e. code points) of default and search mode:
{"accurate": [...], "nohmm": [...], "search": [...], "full": [...], "tokenize": [[start, end], ...],
 "tokenize_search": [[start, end], ...]}
Run with /usr/bin/python3: Debian installs jieba for the system interpreter only.
"""
import json
import logging
import sys

try:
    import jieba
except ImportError:
    sys.stderr.write("Python jieba is not installed for %s: apt-get install -y python3-jieba\n" % sys.executable)
    sys.exit(3)

jieba.setLogLevel(logging.WARNING)
jieba.initialize()

stdin = open(sys.stdin.fileno(), encoding="utf-8", errors="surrogatepass", newline="\n")
stdout = open(sys.stdout.fileno(), "w", encoding="utf-8", errors="surrogatepass", newline="\n")
for line in stdin:
    text = json.loads(line)
    result = {
        "accurate": jieba.lcut(text, HMM=True),
        "nohmm": jieba.lcut(text, HMM=False),
        "search": jieba.lcut_for_search(text),
        "full": jieba.lcut(text, cut_all=True),
        "tokenize": [[start, end] for _, start, end in jieba.tokenize(text)],
        "tokenize_search": [[start, end] for _, start, end in jieba.tokenize(text, mode="search")],
    }
    stdout.write(json.dumps(result, ensure_ascii=False) + "\n")
stdout.flush()
