#!/usr/bin/env node
// Reference segmentation for the parity tests: jieba-rs through @node-rs/jieba with the standard dictionary.
// stdin: one JSON string per line. stdout: one JSON object per input line with the tokens of each mode:
// {"accurate":[...],"nohmm":[...],"search":[...],"full":[...]}.
'use strict';
const readline = require('readline');
const { Jieba } = require('@node-rs/jieba');
const { dict } = require('@node-rs/jieba/dict');

const jieba = Jieba.withDict(dict);
const out = [];
const rl = readline.createInterface({ input: process.stdin, crlfDelay: Infinity });
rl.on('line', (line) => {
  const text = JSON.parse(line);
  out.push(JSON.stringify({
    accurate: jieba.cut(text, true),
    nohmm: jieba.cut(text, false),
    search: jieba.cutForSearch(text, true),
    full: jieba.cutAll(text),
  }));
  if (out.length >= 1000) {
    process.stdout.write(out.join('\n') + '\n');
    out.length = 0;
  }
});
rl.on('close', () => {
  if (out.length > 0) {
    process.stdout.write(out.join('\n') + '\n');
  }
});
