import type { KataEntry } from '../../../catalog';
import { DEFAULT_SEED } from '../../engine/propertySeed';
import { learnerFile } from '../../paths';
import type { RunResults } from '../../results/results';
import { loadProgress } from '../../state/loadProgress';
import { emptyProgress } from '../../state/progress';
import { recordResults } from '../../state/recordResults';
import { saveProgress } from '../../state/saveProgress';
import type { KataContext } from './kataContext';

/**
 * Puts these katas on record as passed for the files they hold now, as a
 * grading that passed them would, so that no command grades them again (the
 * progress file keeps each file's hash). For tests of what a command does
 * once katas pass: what a solution grades to is the proof's business, and
 * kataList.test.ts sees a real grade reach the progress file.
 */
export function recordPassed(ctx: KataContext, katas: readonly KataEntry[]): void {
  const results: RunResults = {
    target: ctx.target,
    seed: DEFAULT_SEED,
    backend: 'cpu',
    katas: katas.map((k) => ({
      ...k,
      file: learnerFile(ctx.target, k),
      status: 'passed',
      points: 1,
      maxPoints: 1,
      properties: [],
      durationMs: 0,
    })),
    points: katas.length,
    maxPoints: katas.length,
    durationMs: 0,
  };
  const progress = loadProgress(ctx.progressFile) ?? emptyProgress();
  saveProgress(ctx.progressFile, recordResults(progress, results, ctx.target, ctx.now()));
}
