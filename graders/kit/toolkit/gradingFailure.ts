import type { Nested } from './nested';

/**
 * What a failed check knows, in the order a message shows it. Checks throw a
 * GradingFailure; fast-check shrinks the input that caused it and the
 * reporter turns the last one into the message a learner reads.
 */
export interface FailureDetail {
  /** One line that says what is wrong, in the learner's terms. */
  readonly summary: string;
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
  /** The mistake this looks like, when one is recognised. */
  readonly misconception?: string;
  /** Where in the learner's file it threw, if it threw. */
  readonly location?: string;
  /**
   * The whole failing case, for pictures and replay (HTML report heatmaps,
   * `kata replay`): the learner's and the reference's full value of
   * `argument`, and the named inputs. Large tensors may be left out.
   */
  readonly tensors?: FailureTensors;
  /**
   * Numbers of the failing case best read as lines side by side (the HTML
   * report draws them): the norm of each layer's gradient, yours and the
   * reference's; a learning-rate schedule, step by step.
   */
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

export class GradingFailure extends Error {
  override readonly name = 'GradingFailure';
  constructor(readonly detail: FailureDetail) {
    super(detail.summary);
  }
}

export function fail(detail: FailureDetail): never {
  throw new GradingFailure(detail);
}

/** The learner's stub still throws: the property is not attempted yet. */
export class NotStartedSignal extends Error {
  override readonly name = 'NotStartedSignal';
  constructor(readonly functionName: string) {
    super(`${functionName} is not implemented yet`);
  }
}
