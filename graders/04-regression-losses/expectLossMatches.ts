import { expectOutputs, type ReferenceBackend } from '../kit/toolkit';
import type { LossOutputs } from './oracle';
import type { LossReference } from './reference';

/**
 * The learner's { loss, dpred } against the tfjs reference, each within the
 * float32 bound the oracle carries for these inputs; a failure says which of
 * the two was right.
 */
export function expectLossMatches(
  got: unknown,
  want: LossReference,
  truth: LossOutputs,
  fn: 'mse' | 'huber',
  reference: ReferenceBackend,
): void {
  expectOutputs(
    got,
    { loss: want.loss, dpred: want.dpred },
    {
      fn,
      bounds: { loss: reference.bounds(truth.loss), dpred: reference.bounds(truth.dpred) },
      gradients: ['dpred'],
    },
  );
}
