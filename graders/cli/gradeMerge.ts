// `npm run grade:merge -- OUT.json SHARD.json...`: the shards of a matrix
// run (`npm test -- --shard I/N --results SHARD.json`) as one results object,
// printed as the same table `npm test` prints.
import fs from 'node:fs';
import { mergeResults } from '../engine/mergeResults';
import { exitCode, type RunResults } from '../engine/results';
import { useColor } from '../reporters/paint';
import { terminalTable } from '../reporters/terminalTable';

const [out, ...shards] = process.argv.slice(2);
if (!out || shards.length === 0) {
  console.error('usage: npm run grade:merge -- OUT.json SHARD.json [SHARD.json ...]');
  process.exit(2);
}
try {
  const merged = mergeResults(shards.map((f) => JSON.parse(fs.readFileSync(f, 'utf8')) as RunResults));
  fs.writeFileSync(out, JSON.stringify(merged) + '\n');
  console.log(terminalTable(merged, useColor()));
  process.exit(exitCode(merged));
} catch (err) {
  console.error(`grade:merge: ${err instanceof Error ? err.message : String(err)}`);
  process.exit(2);
}
