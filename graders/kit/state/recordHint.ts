import type { Progress } from './progress';

/** Hints used only grow: showing hint 2 again leaves 2 recorded. */
export function recordHint(progress: Progress, slug: string, level: number): Progress {
  const k = progress.katas[slug];
  if (!k || k.hintsUsed >= level) return progress;
  return { ...progress, katas: { ...progress.katas, [slug]: { ...k, hintsUsed: level } } };
}
