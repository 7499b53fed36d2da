#!/usr/bin/python3
"""Throughput of Python jieba 0.42.1 (lcut, accurate mode with HMM), single thread, for the side-by-side benchmark.

Usage: /usr/bin/python3 jieba-benchmark.py REVIEWS.jsonl [WARM_UP_SECONDS] [MIN_SECONDS]
REVIEWS.jsonl holds one JSON string per line. Prints
{"bytes":…,"passes":…,"seconds":…,"cpuSeconds":…,"megabytesPerSecond":…,"megabytesPerCpuSecond":…,"loadSeconds":…}
where bytes is the UTF-8 size of one pass, 1 MB = 10^6 bytes, CPU time is this process's (user + system), and
loadSeconds is jieba.initialize() (from Python jieba's own cache file when it has one).
"""
import json
import logging
import sys
import time

import jieba

if len(sys.argv) < 2:
    sys.stderr.write("usage: jieba-benchmark.py REVIEWS.jsonl [WARM_UP_SECONDS] [MIN_SECONDS]\n")
    sys.exit(2)

warm_up_seconds = float(sys.argv[2]) if len(sys.argv) > 2 else 3.0
min_seconds = float(sys.argv[3]) if len(sys.argv) > 3 else 5.0
with open(sys.argv[1], encoding="utf-8") as f:
    reviews = [json.loads(line) for line in f if line.strip()]
size = sum(len(r.encode("utf-8")) for r in reviews)

jieba.setLogLevel(logging.WARNING)
load_start = time.perf_counter()
jieba.initialize()
load_seconds = time.perf_counter() - load_start


def one_pass():
    for review in reviews:
        jieba.lcut(review)


warm_up_start = time.perf_counter()
while time.perf_counter() - warm_up_start < warm_up_seconds:
    one_pass()

passes = 0
cpu_start = time.process_time()
start = time.perf_counter()
seconds = 0.0
while passes < 1 or seconds < min_seconds:
    one_pass()
    passes += 1
    seconds = time.perf_counter() - start
cpu_seconds = time.process_time() - cpu_start

print(json.dumps({
    "bytes": size,
    "passes": passes,
    "seconds": seconds,
    "cpuSeconds": cpu_seconds,
    "megabytesPerSecond": size * passes / seconds / 1e6,
    "megabytesPerCpuSecond": size * passes / cpu_seconds / 1e6,
    "loadSeconds": load_seconds,
}))
