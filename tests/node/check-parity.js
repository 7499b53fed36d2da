'use strict';
// Checks an exported bundle in onnxruntime-node against the probabilities TorchSharp gave at export time.
//   node check-parity.js BUNDLE_DIR
// Reads BUNDLE_DIR/model.onnx and BUNDLE_DIR/onnx-parity.json (written by the training program's export step),
// prints the largest absolute difference and exits 1 when it exceeds the sample's tolerance.
const fs = require('node:fs');
const path = require('node:path');
const ort = require('onnxruntime-node');

async function main() {
  const bundle = process.argv[2];
  if (!bundle) {
    process.stderr.write('usage: node check-parity.js BUNDLE_DIR\n');
    process.exit(2);
  }

  const samplePath = path.join(bundle, 'onnx-parity.json');
  const sample = JSON.parse(fs.readFileSync(samplePath, 'utf8'));
  const session = await ort.InferenceSession.create(path.join(bundle, 'model.onnx'));
  let worst = 0;
  let rows = 0;
  for (const batch of sample.batches) {
    const batchSize = batch.lengths.length;
    const output = await session.run({
      token_ids: new ort.Tensor('int64', BigInt64Array.from(batch.tokenIds, BigInt), [batchSize, batch.sequenceLength]),
      lengths: new ort.Tensor('int32', Int32Array.from(batch.lengths), [batchSize]),
      char_ids: new ort.Tensor('int64', BigInt64Array.from(batch.charIds, BigInt), [batchSize, batch.characterLength]),
    });
    const probabilities = output.probabilities.data;
    if (probabilities.length !== batch.probabilities.length) {
      throw new Error(`${samplePath}: batch of ${batchSize} gave ${probabilities.length} probabilities, expected ${batch.probabilities.length}`);
    }
    for (let i = 0; i < probabilities.length; i++) {
      const difference = Math.abs(probabilities[i] - batch.probabilities[i]);
      worst = Number.isNaN(difference) ? Infinity : Math.max(worst, difference);
    }
    rows += batchSize;
  }

  const verdict = worst <= sample.tolerance ? 'OK' : 'FAILED';
  process.stdout.write(`onnxruntime-node ${require('onnxruntime-node/package.json').version}: ${sample.batches.length} batches ` +
    `(${rows} rows), max |TorchSharp - onnxruntime-node| = ${worst.toExponential(3)} ` +
    `(tolerance ${sample.tolerance}) ${verdict}\n`);
  process.exit(verdict === 'OK' ? 0 : 1);
}

main().catch((error) => {
  process.stderr.write(`${error.stack || error}\n`);
  process.exit(1);
});
