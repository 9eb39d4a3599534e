import { catalog } from '../../catalog';
import type { RunResults } from '../results/results';

/**
 * One results object from the shards of a matrix run (`npm test -- --shard
 * I/N --results FILE`). The shards must have graded the same target with the
 * same seed and backend, and each kata once; katas come back in curriculum order.
 */
export function mergeResults(parts: readonly RunResults[]): RunResults {
  if (parts.length === 0) throw new Error('nothing to merge: give the results file of every shard');
  const [first] = parts;
  for (const p of parts) {
    if (p.seed !== first.seed || p.target !== first.target || p.backend !== first.backend) {
      throw new Error(
        `shards disagree: seed ${p.seed} vs ${first.seed}, target ${p.target} vs ${first.target}, backend ${p.backend} vs ${first.backend}`,
      );
    }
  }
  const katas = parts.flatMap((p) => p.katas);
  const seen = new Set<string>();
  for (const k of katas) {
    if (seen.has(k.slug)) throw new Error(`kata ${k.slug} was graded by two shards`);
    seen.add(k.slug);
  }
  const order = new Map(catalog.map((k, i) => [k.slug, i]));
  katas.sort((a, b) => (order.get(a.slug) ?? Infinity) - (order.get(b.slug) ?? Infinity));
  return {
    target: first.target,
    seed: first.seed,
    backend: first.backend,
    katas,
    points: katas.reduce((s, k) => s + k.points, 0),
    maxPoints: katas.reduce((s, k) => s + k.maxPoints, 0),
    // Shards run side by side: the run took as long as the slowest.
    durationMs: Math.max(...parts.map((p) => p.durationMs)),
  };
}
