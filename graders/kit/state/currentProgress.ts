import path from 'node:path';
import { catalog, type KataEntry } from '../../catalog';
import { gradeKatas } from '../engine/gradeKatas';
import { DEFAULT_SEED } from '../engine/propertySeed';
import { learnerFile } from '../paths';
import { fileHash } from './fileHash';
import { keepPristine } from './keepPristine';
import { loadProgress } from './loadProgress';
import { emptyProgress, type Progress } from './progress';
import { recordResults } from './recordResults';
import { saveProgress } from './saveProgress';

export interface CurrentProgress {
  readonly progress: Progress;
  /** The saved file was missing or unreadable and was rebuilt by grading. */
  readonly rebuilt: boolean;
  readonly regraded: readonly KataEntry[];
}

/**
 * Progress that matches the files on disk: a kata whose file changed since
 * it was last graded (edited in an editor without `kata watch`, reset, or
 * never graded) is graded now, so `kata list` never shows a stale status.
 * `katas` limits that to the ones a command reads (`kata solution` needs one).
 */
export async function currentProgress(
  file: string,
  target: string,
  now: number,
  katas: readonly KataEntry[] = catalog,
): Promise<CurrentProgress> {
  keepPristine(target, path.dirname(file));
  const saved = loadProgress(file);
  let progress = saved ?? emptyProgress();
  const stale = katas.filter((k) => progress.katas[k.slug]?.fileHash !== fileHash(learnerFile(target, k)));
  if (stale.length > 0) {
    const results = await gradeKatas({ target, katas: stale, seed: DEFAULT_SEED });
    progress = recordResults(progress, results, target, now);
  }
  if (stale.length > 0 || !saved) saveProgress(file, progress);
  return { progress, rebuilt: !saved, regraded: stale };
}
