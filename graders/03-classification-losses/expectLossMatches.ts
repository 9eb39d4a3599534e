import { expectFinite, expectOutputs, type Message, type ReferenceBackend } from '../kit/toolkit';
import type { LossOutputs } from './oracle';
import type { LossReference } from './reference';

export interface LossMatchConstraints {
  readonly fn: 'softmaxCrossEntropy' | 'binaryCrossEntropyWithLogits' | 'focalLoss';
  readonly reference: ReferenceBackend;
  /** Inputs where overflow is the point ("for logits of magnitude 750…1000"): a NaN or ±Infinity is reported first, with it. */
  readonly finiteFor?: Message;
}

/**
 * The learner's { loss, dlogits } against the tfjs reference, each within
 * the float32 bound the oracle carries for these inputs; a failure says
 * which of the two was right.
 */
export function expectLossMatches(
  got: unknown,
  want: LossReference,
  truth: LossOutputs,
  c: LossMatchConstraints,
): void {
  const out = got as { loss?: unknown; dlogits?: unknown } | undefined;
  if (c.finiteFor !== undefined) {
    expectFinite(out?.loss, { fn: c.fn, argument: 'loss', context: c.finiteFor });
    expectFinite(out?.dlogits, { fn: c.fn, argument: 'dlogits', context: c.finiteFor });
  }
  expectOutputs(
    got,
    { loss: want.loss, dlogits: want.dlogits },
    {
      fn: c.fn,
      bounds: { loss: c.reference.bounds(truth.loss), dlogits: c.reference.bounds(truth.dlogits) },
      gradients: ['dlogits'],
    },
  );
}
