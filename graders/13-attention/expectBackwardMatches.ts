import { expectClose } from '../kit/toolkit';
import type { Case } from './cases';
import { attentionBackwardReference, referenceBudget } from './reference';
import { gradientSuspects } from './suspects';
import { magnitudes } from './tolerances';

const shapeMisconception = 'a gradient has the shape of what it differentiates: dQ like Q, dK like K, dV like V';

/** Fails unless the learner's dV, dQ and dK (in that order) match tfjs autodiff of the reference on this case. */
export function expectBackwardMatches(got: { dQ?: unknown; dK?: unknown; dV?: unknown } | undefined, c: Case): void {
  const want = attentionBackwardReference(c.dout, c.Q, c.K, c.V, c.mask);
  const budget = referenceBudget(c.Q, c.K, c.V, c.mask);
  const mag = magnitudes(c);
  expectClose(got?.dV, want.dV, {
    fn: 'attentionBackward',
    argument: 'dV',
    ...budget,
    scale: mag.dV,
    shapeMisconception,
  });
  expectClose(got?.dQ, want.dQ, {
    fn: 'attentionBackward',
    argument: 'dQ',
    ...budget,
    scale: mag.dQ,
    shapeMisconception,
    suspects: gradientSuspects(c, 'dQ'),
  });
  expectClose(got?.dK, want.dK, {
    fn: 'attentionBackward',
    argument: 'dK',
    ...budget,
    scale: mag.dK,
    shapeMisconception,
    suspects: gradientSuspects(c, 'dK'),
  });
}
