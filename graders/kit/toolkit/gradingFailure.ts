import type { FailureDetail, FailureKind } from '../results/failure';

export type { FailureCurves, FailureDetail, FailureTensors } from '../results/failure';

/** What a check passes to `fail`: the kind may be left out for a wrong value. */
export type Observation = Omit<FailureDetail, 'kind' | 'misconceptions'> & { readonly kind?: FailureKind };

/**
 * Thrown by checks: fast-check shrinks the input that caused it, and the
 * engine hands its detail on.
 */
export class GradingFailure extends Error {
  override readonly name = 'GradingFailure';
  readonly detail: FailureDetail;
  constructor(observation: Observation) {
    super(observation.summary);
    this.detail = { ...observation, kind: observation.kind ?? 'value' };
  }
}

export function fail(observation: Observation): never {
  throw new GradingFailure(observation);
}

/** The learner's stub still throws: the property is not attempted yet. */
export class NotStartedSignal extends Error {
  override readonly name = 'NotStartedSignal';
  constructor(readonly functionName: string) {
    super(`${functionName} is not implemented yet`);
  }
}
