import type { Nested } from '../tensor/nested';
import type { Message } from './message';

/**
 * What kind of failure it was, for reporters and class statistics: a wrong
 * value, a wrong gradient, a wrong shape or type, a broken rule (a modified
 * input), a time-out, an exception in the learner's code, or a function not
 * written yet.
 */
export const FAILURE_KINDS = ['value', 'gradient', 'shape', 'rule', 'timeout', 'exception', 'not-started'] as const;
export type FailureKind = (typeof FAILURE_KINDS)[number];

/** One output of a check of several ("dQ, dK and dV"): whether it was right. */
export interface OutputVerdict {
  readonly name: string;
  readonly ok: boolean;
}

/**
 * What a failed check observed, in the order a message shows it. Checks
 * throw it (toolkit/gradingFailure.ts); fast-check shrinks the input that
 * caused it; the engine adds the misconceptions it confirmed; reporters alone
 * turn it into words.
 */
export interface FailureDetail {
  readonly kind: FailureKind;
  /** One line that says what was observed, in the learner's terms (in English: `message` rendered). */
  readonly summary: string;
  /** The same line as data, for the learner's language (results/translate.ts); absent from older results. */
  readonly message?: Message;
  /** The learner function that produced the wrong value. */
  readonly fn?: string;
  /** Which output or gradient: `out`, `dA`, `dlogits`. */
  readonly argument?: string;
  /** Row-major index of the worst element. */
  readonly index?: readonly number[];
  readonly got?: number;
  readonly expected?: number;
  readonly relError?: number;
  readonly allowed?: number;
  /** For kind `rule`: which one ("inputs-unchanged"). */
  readonly rule?: string;
  /** A check of several outputs: which were right, which wrong ("dV is wrong while dQ and dK are right"). */
  readonly outputs?: readonly OutputVerdict[];
  /**
   * Misconception ids (`attention.scale-missing`) the learner's own code was
   * shown to reproduce, re-run where the mistake and the truth differ
   * (toolkit/confirmMistakes.ts). Absent when none was confirmed: then the
   * message says only what was observed.
   */
  readonly misconceptions?: readonly string[];
  /** Where in the learner's file it threw, if it threw. */
  readonly location?: string;
  /**
   * The whole failing case, for pictures and replay (HTML report heatmaps,
   * `kata replay`): the learner's and the reference's full value of
   * `argument`, and the named inputs. Large tensors are left out.
   */
  readonly tensors?: FailureTensors;
  /** Numbers of the failing case best read as lines side by side (the HTML report draws them). */
  readonly curves?: FailureCurves;
}

export interface FailureCurves {
  readonly title: string;
  /** Labels along the x axis: layers (`dW1`, `db1`, …) or steps. */
  readonly x: readonly string[];
  /** One line per source, values aligned with `x`; NaN where a source has no value. */
  readonly series: readonly { readonly name: string; readonly values: readonly number[] }[];
}

export interface FailureTensors {
  readonly got: Nested;
  readonly expected: Nested;
  readonly inputs?: Readonly<Record<string, Nested>>;
}
