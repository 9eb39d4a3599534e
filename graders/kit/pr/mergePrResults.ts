import { mergeResults } from '../engine/mergeResults';
import type { PrResults } from '../results/prResults';

/** The shards of one PR's grading (`grade:pr -- --shard I/N`) as one: same commits, katas merged. */
export function mergePrResults(parts: readonly PrResults[]): PrResults {
  if (parts.length === 0) throw new Error('nothing to merge: give the results.json of every shard');
  const [first] = parts;
  for (const p of parts) {
    if (p.base !== first.base || p.head !== first.head || p.pullRequest !== first.pullRequest) {
      throw new Error(
        `shards graded different commits: ${p.base.slice(0, 7)}..${p.head.slice(0, 7)} vs ${first.base.slice(0, 7)}..${first.head.slice(0, 7)}`,
      );
    }
  }
  const failed = parts.find((p) => !p.results);
  if (failed) return { ...first, results: undefined, error: failed.error ?? 'a shard has no results' };
  return { ...first, results: mergeResults(parts.map((p) => p.results!)) };
}
