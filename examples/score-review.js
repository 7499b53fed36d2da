'use strict';
// Scores Chinese reviews with an exported SentimentPipeline model, outside .NET:
// onnxruntime-node runs the model, @node-rs/jieba (jieba-rs) segments the text with the dictionary the model was
// trained with (Python jieba's dict.txt, which the .NET build leaves in artifacts/resources/jieba; JIEBA_DICT=FILE
// for another copy), and the vocabulary, maximum length and dictionary checksum come from the model's own
// metadata_props. jieba-rs differs from Python jieba (and so from the .NET segmenter) in rare places, e.g. it keeps
// the number range 10-15 as one token.
//
//   npm install --ignore-scripts onnxruntime-node@1.30.0 @node-rs/jieba@2.0.3
//   node score-review.js path/to/model.onnx "屏幕很清楚，电池也耐用" "发货太慢了，差评"
//
// Prints one JSON line per review: {"text", "tokens", "ids", "length", "charIds", "charLength", "probabilities", "label"}.
const fs = require('node:fs');
const crypto = require('node:crypto');
const ort = require('onnxruntime-node');
const path = require('node:path');
const { Jieba } = require('@node-rs/jieba');

// --- metadata_props (field 14 of ModelProto: key = 1, value = 2), read with a minimal protobuf decoder ---
function readVarint(bytes, state) {
  let value = 0;
  for (let scale = 1; ; scale *= 128) {
    const byte = bytes[state.pos++];
    value += (byte & 0x7f) * scale;
    if (byte < 0x80) return value;
  }
}

function fields(bytes) {
  const found = [];
  const state = { pos: 0 };
  while (state.pos < bytes.length) {
    const key = readVarint(bytes, state);
    const number = Math.floor(key / 8);
    const wireType = key % 8;
    if (wireType === 0) found.push({ number, value: readVarint(bytes, state) });
    else if (wireType === 1) state.pos += 8;
    else if (wireType === 5) state.pos += 4;
    else if (wireType === 2) {
      const length = readVarint(bytes, state);
      found.push({ number, value: bytes.subarray(state.pos, state.pos + length) });
      state.pos += length;
    } else throw new Error(`unsupported protobuf wire type ${wireType}`);
  }
  return found;
}

function readMetadata(modelBytes) {
  const metadata = {};
  for (const entry of fields(modelBytes).filter((f) => f.number === 14)) {
    const parts = Object.fromEntries(fields(entry.value).map((f) => [f.number, Buffer.from(f.value).toString('utf8')]));
    metadata[parts[1]] = parts[2] ?? '';
  }
  return metadata;
}

// --- the text encoder's steps (SentimentPipeline.Preprocessing.TextEncoder) ---
function encode(jieba, text, tokenIds, maxLength, maxCharacters, unkId) {
  // Lone surrogates → U+FFFD; U+FEFF and U+200B removed.
  const normalized = text.toWellFormed().replace(/[\uFEFF\u200B]/g, '');
  const tokens = jieba
    .cut(normalized, true)
    .filter((token) => !/^[\s\u0085]*$/.test(token)) // .NET's char.IsWhiteSpace also counts U+0085
    .map((token) => token.toLowerCase());
  const ids = new Array(maxLength).fill(0); // PAD after the real length
  let length = Math.min(tokens.length, maxLength); // the head is kept
  for (let i = 0; i < length; i++) ids[i] = tokenIds.get(tokens[i]) ?? unkId;
  if (length === 0) {
    ids[0] = unkId; // a review without tokens is one UNK token
    length = 1;
  }
  // Character ids: the same vocabulary's ids of the code points of ALL tokens concatenated (not only the kept
  // ones), the first maxCharacters of them; an empty review is one UNK character.
  const characters = Array.from(tokens.join('')).slice(0, maxCharacters);
  const charIds = new Array(maxCharacters).fill(0);
  characters.forEach((character, i) => { charIds[i] = tokenIds.get(character) ?? unkId; });
  let charLength = characters.length;
  if (charLength === 0) {
    charIds[0] = unkId;
    charLength = 1;
  }
  return { tokens, ids, length, charIds, charLength };
}

async function main() {
  const [modelPath, ...texts] = process.argv.slice(2);
  if (!modelPath || texts.length === 0) {
    process.stderr.write('usage: node score-review.js MODEL.onnx "review" ["review" …]\n');
    process.exit(2);
  }

  const modelBytes = fs.readFileSync(modelPath);
  const metadata = readMetadata(modelBytes);
  const dictPath = process.env.JIEBA_DICT ?? path.join(__dirname, '..', 'artifacts', 'resources', 'jieba', 'dict.txt');
  const dict = fs.readFileSync(dictPath);
  const dictionarySha256 = crypto.createHash('sha256').update(dict).digest('hex');
  if (metadata['sentiment.dictionary_sha256'] !== dictionarySha256) {
    throw new Error(`${modelPath} was trained with dictionary ${metadata['sentiment.dictionary_sha256']}, ` +
      `but ${dictPath} has ${dictionarySha256}; segmentation would differ.`);
  }

  const vocabulary = JSON.parse(metadata['sentiment.vocabulary']);
  // Ids 0 and 1 are PAD and UNK: their display names are never looked up as tokens.
  const tokenIds = new Map(vocabulary.slice(2).map((token, index) => [token, index + 2]));
  const maxLength = Number(metadata['sentiment.max_length']);
  const maxCharacters = Number(metadata['sentiment.max_characters']);
  const unkId = Number(metadata['sentiment.unk_id']);
  const labels = metadata['sentiment.labels'].split(',');

  const jieba = Jieba.withDict(dict);
  const session = await ort.InferenceSession.create(modelBytes);
  for (const text of texts) {
    const { tokens, ids, length, charIds, charLength } = encode(jieba, text, tokenIds, maxLength, maxCharacters, unkId);
    const output = await session.run({
      token_ids: new ort.Tensor('int64', BigInt64Array.from(ids, BigInt), [1, maxLength]),
      lengths: new ort.Tensor('int32', Int32Array.from([length]), [1]),
      char_ids: new ort.Tensor('int64', BigInt64Array.from(charIds, BigInt), [1, maxCharacters]),
    });
    const probabilities = Array.from(output.probabilities.data);
    const label = labels[probabilities.indexOf(Math.max(...probabilities))];
    process.stdout.write(JSON.stringify({ text, tokens, ids: ids.slice(0, length), length, charIds: charIds.slice(0, charLength), charLength, probabilities, label }) + '\n');
  }
}

main().catch((error) => {
  process.stderr.write(`${error.message}\n`);
  process.exit(1);
});
