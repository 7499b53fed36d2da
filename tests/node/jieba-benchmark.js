#!/usr/bin/env node
// Throughput of jieba-rs (@node-rs/jieba with its own copy of the standard dictionary), accurate mode with HMM, single
// thread: the speed anchor of the side-by-side benchmark (jieba-rs is not the reference for tokens; Python jieba is).
// Usage: node jieba-benchmark.js REVIEWS.jsonl [WARM_UP_SECONDS] [MIN_SECONDS]
// REVIEWS.jsonl holds one JSON string per line. Prints
// {"bytes":…,"passes":…,"seconds":…,"cpuSeconds":…,"megabytesPerSecond":…,"megabytesPerCpuSecond":…}
// where bytes is the UTF-8 size of one pass, 1 MB = 10^6 bytes, and CPU time is this process's (user + system).
'use strict';
const fs = require('fs');
const { Jieba } = require('@node-rs/jieba');
const { dict } = require('@node-rs/jieba/dict');

const [file, warmUpArg, minSecondsArg] = process.argv.slice(2);
if (!file) {
  console.error('usage: node jieba-benchmark.js REVIEWS.jsonl [WARM_UP_SECONDS] [MIN_SECONDS]');
  process.exit(2);
}

const warmUpSeconds = Number(warmUpArg ?? 3);
const minSeconds = Number(minSecondsArg ?? 5);
const reviews = fs.readFileSync(file, 'utf8').split('\n').filter((l) => l.length > 0).map((l) => JSON.parse(l));
const bytes = reviews.reduce((sum, r) => sum + Buffer.byteLength(r, 'utf8'), 0);
const jieba = Jieba.withDict(dict);

function pass() {
  for (const review of reviews) {
    jieba.cut(review, true);
  }
}

const warmUpStart = process.hrtime.bigint();
while (Number(process.hrtime.bigint() - warmUpStart) / 1e9 < warmUpSeconds) {
  pass();
}

let passes = 0;
const cpuStart = process.cpuUsage();
const start = process.hrtime.bigint();
let seconds = 0;
while (passes < 1 || seconds < minSeconds) {
  pass();
  passes += 1;
  seconds = Number(process.hrtime.bigint() - start) / 1e9;
}

const cpu = process.cpuUsage(cpuStart);
const cpuSeconds = (cpu.user + cpu.system) / 1e6;
console.log(JSON.stringify({
  bytes,
  passes,
  seconds,
  cpuSeconds,
  megabytesPerSecond: (bytes * passes) / seconds / 1e6,
  megabytesPerCpuSecond: (bytes * passes) / cpuSeconds / 1e6,
}));
