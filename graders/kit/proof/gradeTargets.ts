import os from 'node:os';
import type { KataEntry } from '../../catalog';
import { gradeKatas } from '../engine/gradeKatas';
import { DEFAULT_SEED } from '../engine/propertySeed';
import { warmWorkers } from '../engine/warmWorkers';
import type { KataResult } from '../results/results';

/**
 * Grades one kata in many target folders (its solution, stub, variants), on
 * every core, each lane with one warm grader worker: tfjs and the grader load
 * once per lane instead of once per target, which is most of what proving a
 * kata costs. A target that breaks a rule or loops only costs its lane a new
 * worker (warmKataWorker.ts).
 */
export async function gradeTargets(kata: KataEntry, targets: readonly string[]): Promise<KataResult[]> {
  const results: KataResult[] = new Array(targets.length);
  let next = 0;
  const lane = async (): Promise<void> => {
    const workers = warmWorkers();
    try {
      while (next < targets.length) {
        const i = next++;
        const run = await gradeKatas({
          target: targets[i],
          katas: [kata],
          seed: DEFAULT_SEED,
          concurrency: 1,
          runWorker: workers.run,
          keepOutcomes: true,
        });
        results[i] = run.katas[0];
      }
    } finally {
      workers.close();
    }
  };
  const lanes = Math.max(1, Math.min(os.availableParallelism(), targets.length));
  await Promise.all(Array.from({ length: lanes }, lane));
  return results;
}

/** Every misconception a kata result names, across its properties. */
export function namedMisconceptions(k: KataResult): string[] {
  return [...new Set(k.properties.flatMap((p) => p.failure?.detail.misconceptions ?? []))].sort();
}
