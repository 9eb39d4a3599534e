import { findKata } from '../../catalog';
import { learnerFile } from '../paths';
import type { RunResults } from '../results/results';
import { fileHash } from './fileHash';
import { appendGrade } from './gradeHistory';
import type { KataProgress, Progress, ReplayCase } from './progress';

/** Two grades of a kata closer than this count as time spent on it; a longer gap is a break. */
export const WORK_GAP_MS = 10 * 60_000;

/**
 * Progress after a grading run: status and points from the results, the
 * file's hash, time spent (the gap since the kata's last grade, when its
 * file changed in between and the gap is short enough to be one sitting),
 * the first failing case, for replay, and the points history, for the
 * report's chart.
 */
export function recordResults(progress: Progress, results: RunResults, targetDir: string, now: number): Progress {
  const katas: Record<string, KataProgress> = { ...progress.katas };
  for (const k of results.katas) {
    const entry = findKata(k.slug);
    if (!entry) continue;
    const before = katas[k.slug];
    const hash = fileHash(learnerFile(targetDir, entry));
    // Only the kata whose file changed since its last grade was worked on in between:
    // `npm test` grades them all, and the others were not touched.
    const worked = before !== undefined && before.fileHash !== hash;
    const gap = worked ? now - before.lastGradedAt : 0;
    const failed = k.properties.find((p) => p.status === 'fail' && p.failure?.path !== undefined);
    const lastFailure: ReplayCase | undefined = failed
      ? { only: failed.id, name: failed.name, seed: results.seed, path: failed.failure!.path! }
      : k.status === 'passed'
        ? undefined
        : before?.lastFailure;
    katas[k.slug] = {
      status: k.status,
      points: k.points,
      maxPoints: k.maxPoints,
      fileHash: hash,
      lastGradedAt: now,
      hintsUsed: before?.hintsUsed ?? 0,
      timeSpentMs: (before?.timeSpentMs ?? 0) + (gap > 0 && gap <= WORK_GAP_MS ? gap : 0),
      lastFailure,
      // The chart of points over time starts when the learner does, not with the stub.
      history:
        k.status === 'not-started'
          ? before?.history
          : appendGrade(before?.history, { at: now, points: k.points, maxPoints: k.maxPoints }),
    };
  }
  return { ...progress, katas };
}
