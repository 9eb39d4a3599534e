import type { InterviewResult } from '../results/interviewResult';
import type { KataStatus } from '../results/results';

// What `kata` remembers between runs, in .kata/progress.json (gitignored).
// Everything here but hints, time and interviews can be rebuilt by grading;
// a missing or unreadable file is rebuilt, never a crash (loadProgress.ts).

export interface ReplayCase {
  /** The property that failed, and the run seed and fast-check path that replay it. */
  readonly only: string;
  readonly name: string;
  readonly seed: number;
  readonly path: string;
}

/** One grade of a kata: when, and the points it earned out of the kata's points then. */
export interface GradePoint {
  readonly at: number;
  readonly points: number;
  readonly maxPoints: number;
}

export interface KataProgress {
  readonly status: KataStatus;
  readonly points: number;
  readonly maxPoints: number;
  /** sha1 of the learner file when it was last graded: a changed file is re-graded by `kata list`. */
  readonly fileHash: string;
  readonly lastGradedAt: number;
  readonly hintsUsed: number;
  readonly timeSpentMs: number;
  readonly lastFailure?: ReplayCase;
  /**
   * The grades that changed the points, oldest first, the last HISTORY_LIMIT
   * (gradeHistory.ts): the report's points over time. Absent in files
   * written before it existed, which load as they are.
   */
  readonly history?: readonly GradePoint[];
}

/** What progress.json keeps of each mock interview. */
export type InterviewRecord = InterviewResult;

export interface Progress {
  readonly version: 1;
  readonly katas: Readonly<Record<string, KataProgress>>;
  readonly interviews: readonly InterviewRecord[];
}

export const emptyProgress = (): Progress => ({ version: 1, katas: {}, interviews: [] });
