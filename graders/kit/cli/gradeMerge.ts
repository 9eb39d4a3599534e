// `npm run grade:merge -- OUT.json SHARD.json...`: the shards of a matrix
// run (`npm test -- --shard I/N --results SHARD.json`) as one results object,
// printed as the same table `npm test` prints.
// `npm run grade:merge -- --pr OUT_DIR SHARD_DIR/results.json...`: the shards
// of `grade:pr -- --shard I/N`, written as grade:pr writes one run.
import fs from 'node:fs';
import { mergeResults } from '../engine/mergeResults';
import { mergePrResults } from '../pr/mergePrResults';
import { publishOnGitHub } from '../pr/publishOnGitHub';
import { writePrOutputs } from '../pr/writePrOutputs';
import { useColor } from '../reporters/paint';
import { terminalTable } from '../reporters/terminalTable';
import type { PrResults } from '../results/prResults';
import { exitCode, type RunResults } from '../results/results';
import { exitWith } from './exitWith';

const args = process.argv.slice(2);
const pr = args[0] === '--pr';
const [out, ...shards] = pr ? args.slice(1) : args;
if (!out || shards.length === 0) {
  console.error(
    'usage: npm run grade:merge -- OUT.json SHARD.json [SHARD.json ...]\n       npm run grade:merge -- --pr OUT_DIR SHARD/results.json [...]',
  );
  process.exit(2);
}
async function main(): Promise<number> {
  const read = (f: string): unknown => JSON.parse(fs.readFileSync(f, 'utf8'));
  let merged: RunResults | undefined;
  if (pr) {
    const whole = mergePrResults(shards.map((f) => read(f) as PrResults));
    // Each shard's grade:pr annotated the learner's lines; here the files are not at hand.
    const outputs = writePrOutputs(out, whole, () => undefined);
    await publishOnGitHub(whole, { ...outputs, annotations: [] });
    merged = whole.results;
    if (!merged) throw new Error(whole.error ?? 'no results');
  } else {
    merged = mergeResults(shards.map((f) => read(f) as RunResults));
    fs.writeFileSync(out, `${JSON.stringify(merged)}\n`);
  }
  console.log(terminalTable(merged, useColor()));
  return exitCode(merged);
}

exitWith(main, 'grade:merge');
