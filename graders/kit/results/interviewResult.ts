import type { KataStatus } from './results';

/** One mock interview as it ended: the kata, the time it took of the time given, hints, and the grade at the end. */
export interface InterviewResult {
  readonly slug: string;
  readonly startedAt: number;
  readonly minutes: number;
  readonly elapsedMs: number;
  readonly hintsUsed: number;
  readonly points: number;
  readonly maxPoints: number;
  readonly status: KataStatus;
}
