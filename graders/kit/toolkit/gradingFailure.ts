import type { FailureDetail, FailureKind } from '../results/failure';
import { type Message, msg } from '../results/message';
import { render } from '../results/translate';

export type { FailureCurves, FailureDetail, FailureTensors } from '../results/failure';

/**
 * What a check passes to `fail`: the kind may be left out for a wrong value;
 * the sentence is a `message` (its English is the summary), or, for a kata
 * not translated yet, a `summary` alone.
 */
export type Observation = Omit<FailureDetail, 'kind' | 'misconceptions' | 'summary'> & {
  readonly kind?: FailureKind;
} & (
    | { readonly message: Message; readonly summary?: string }
    | { readonly summary: string; readonly message?: Message }
  );

/**
 * Thrown by checks: fast-check shrinks the input that caused it, and the
 * engine hands its detail on.
 */
export class GradingFailure extends Error {
  override readonly name = 'GradingFailure';
  readonly detail: FailureDetail;
  constructor(observation: Observation) {
    const summary = observation.message ? render('en', observation.message) : observation.summary!;
    super(summary);
    this.detail = { ...observation, summary, kind: observation.kind ?? 'value' };
  }
}

/** A failure's sentence as a message (one given only a summary, not translated yet, passes it as it is). */
export function messageOf(o: { readonly message?: Message; readonly summary?: string }): Message {
  return o.message ?? msg('check.text', { text: o.summary ?? '' });
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
