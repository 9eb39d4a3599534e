import type { GradePoint } from './progress';

/** Grades kept per kata: weeks of changes at a few a day, and a bounded progress file. */
export const HISTORY_LIMIT = 50;

/**
 * The history after one more grade. Only a grade that changes the points is
 * kept: `kata watch` grades on every save and `list` or `report` re-grade
 * every kata, so keeping each grade would fill the history with one
 * afternoon's repeats; the last grade's time is `lastGradedAt` anyway.
 */
export function appendGrade(history: readonly GradePoint[] | undefined, grade: GradePoint): readonly GradePoint[] {
  const before = history ?? [];
  const last = before.at(-1);
  if (last && last.points === grade.points && last.maxPoints === grade.maxPoints) return before;
  return [...before, grade].slice(-HISTORY_LIMIT);
}
