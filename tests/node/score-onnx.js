'use strict';
// Scores padded token batches with onnxruntime-node, for the .NET parity tests.
// stdin:  {"model": "/path/model.onnx", "batches": [{"tokenIds": [..row-major..], "lengths": [..], "sequenceLength": n, "charIds": [..row-major..], "characterLength": m}]}
// stdout: {"probabilities": [[p00, p01, p10, p11, ...], ...]}, one row-major [batch, 2] array per batch.
const ort = require('onnxruntime-node');

async function readStdin() {
  const chunks = [];
  for await (const chunk of process.stdin) chunks.push(chunk);
  return JSON.parse(Buffer.concat(chunks).toString('utf8'));
}

async function main() {
  const request = await readStdin();
  const session = await ort.InferenceSession.create(request.model);
  const probabilities = [];
  for (const batch of request.batches) {
    const batchSize = batch.lengths.length;
    const feeds = {
      token_ids: new ort.Tensor('int64', BigInt64Array.from(batch.tokenIds, BigInt), [batchSize, batch.sequenceLength]),
      lengths: new ort.Tensor('int32', Int32Array.from(batch.lengths), [batchSize]),
      char_ids: new ort.Tensor('int64', BigInt64Array.from(batch.charIds, BigInt), [batchSize, batch.characterLength]),
    };
    const output = await session.run(feeds);
    probabilities.push(Array.from(output.probabilities.data));
  }
  process.stdout.write(JSON.stringify({ probabilities }));
}

main().catch((error) => {
  process.stderr.write(`${error.stack || error}\n`);
  process.exit(1);
});
