import type { TrackNumber } from '../../catalog';
import type { FailureDetail } from './failure';
import type { KataPicture } from './picture';

// The one results object every front end reads (terminal table,
// .kata/results.json, the PR comment, the HTML report). Grading produces it,
// as data; reporters alone turn it into words.

export const PROPERTY_STATUSES = ['pass', 'fail', 'not-implemented', 'timeout', 'skipped', 'error'] as const;
export type PropertyStatus = (typeof PROPERTY_STATUSES)[number];

export interface PropertyResult {
  readonly id: string;
  readonly name: string;
  readonly points: number;
  readonly earned: number;
  readonly status: PropertyStatus;
  /** For failures: what fast-check, the check and the diagnosis found, as data. */
  readonly failure?: {
    readonly detail: FailureDetail;
    readonly counterexample?: string;
    readonly seed: number;
    readonly path?: string;
    readonly runs?: number;
    readonly shrinks?: number;
  };
  /** For a time-out or a broken rule: the kata-level problem it belongs to is on the kata (KataResult.problem). */
  readonly durationMs: number;
}

export const KATA_STATUSES = ['not-started', 'failing', 'passed', 'error'] as const;
export type KataStatus = (typeof KATA_STATUSES)[number];

export interface KataResult {
  readonly slug: string;
  readonly number: string;
  readonly track: TrackNumber;
  readonly title: string;
  readonly file: string;
  readonly status: KataStatus;
  readonly points: number;
  readonly maxPoints: number;
  readonly properties: readonly PropertyResult[];
  /** Why the kata as a whole could not be graded (syntax error, forbidden import, time-out, crash). */
  readonly problem?: KataProblem;
  /** The text of every misconception its failures name, by id: what reporters show (the grader's own words). */
  readonly misconceptions?: Readonly<Record<string, string>>;
  /** What the learner's code printed, truncated. */
  readonly output?: string;
  /** The grader's pictures of the learner's code (drawn after the properties; they carry no points). */
  readonly pictures?: readonly KataPicture[];
  readonly durationMs: number;
}

export const PROBLEM_KINDS = [
  'missing-file',
  'syntax',
  'imports',
  'load',
  'timeout',
  'rule',
  'memory',
  'crash',
  'exit',
  'grader',
] as const;
export type ProblemKind = (typeof PROBLEM_KINDS)[number];

/** Problems that stop a kata before any property runs: its results say nothing about its code's answers. */
export const BEFORE_GRADING: ReadonlySet<ProblemKind> = new Set(['missing-file', 'syntax', 'imports', 'load']);

/**
 * What stopped a kata's grading, as data: the kind, the property in flight,
 * and for syntax errors, forbidden imports and exceptions the bundler's or
 * runtime's own text (file, line, column).
 */
export interface KataProblem {
  readonly kind: ProblemKind;
  /** The property running when it happened. */
  readonly property?: string;
  /** The time limit that was hit, per property. */
  readonly limitMs?: number;
  /** For `rule`: which rule, and what the kata did. */
  readonly rule?: string;
  /** The compiler's, loader's or rule's own words (never the engine's prose). */
  readonly detail?: string;
  /** For a time-out: where the learner's code was when it was stopped. */
  readonly stoppedAt?: StoppedAt;
}

/** A place in the learner's code: `katas/00-matmul/matmul.ts:21:3`, in `matmulBackward`. */
export interface StoppedAt {
  readonly location: string;
  readonly functionName?: string;
}

export interface RunResults {
  readonly target: string;
  readonly seed: number;
  readonly backend: string;
  readonly katas: readonly KataResult[];
  readonly points: number;
  readonly maxPoints: number;
  readonly durationMs: number;
}

/** Points, status and message for a kata from its properties. */
export function scoreKata(properties: readonly PropertyResult[]): {
  status: KataStatus;
  points: number;
  maxPoints: number;
} {
  const points = properties.reduce((s, p) => s + p.earned, 0);
  const maxPoints = properties.reduce((s, p) => s + p.points, 0);
  const status: KataStatus =
    properties.length > 0 && properties.every((p) => p.status === 'not-implemented')
      ? 'not-started'
      : properties.every((p) => p.status === 'pass')
        ? 'passed'
        : 'failing';
  return { status, points, maxPoints };
}

/** `npm test` fails when a kata that was started is not passing. */
export function exitCode(results: RunResults): 0 | 1 {
  return results.katas.some((k) => k.status === 'failing' || k.status === 'error') ? 1 : 0;
}
