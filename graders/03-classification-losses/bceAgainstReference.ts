import { expectClose } from '../kit/toolkit';
import type { LossOut, Matrix } from './cases';
import { GRAD_SHAPE } from './misconceptions';
import { binaryCrossEntropyReference } from './reference';
import { gradReductionSuspects, reductionSuspects } from './suspects';
import { bceGradTol, bceLossTol } from './tolerances';

/** Loss and dlogits within the reference's budget; with `suspects`, a wrong one is named if it is a known mistake. */
export function bceAgainstReference(got: unknown, logits: Matrix, targets: Matrix, suspects: boolean): void {
  const want = binaryCrossEntropyReference(logits, targets);
  const out = got as Partial<LossOut> | undefined;
  expectClose(out?.loss, want.loss, {
    fn: 'binaryCrossEntropyWithLogits',
    argument: 'loss',
    ...bceLossTol(logits),
    suspects: suspects ? reductionSuspects(want.loss, logits) : [],
  });
  expectClose(out?.dlogits, want.dlogits, {
    fn: 'binaryCrossEntropyWithLogits',
    argument: 'dlogits',
    ...bceGradTol(logits),
    shapeMisconception: GRAD_SHAPE,
    suspects: suspects ? gradReductionSuspects(want.dlogits, logits) : [],
  });
}
