import { expectClose } from '../kit/toolkit';
import type { LossOut, Matrix } from './cases';
import { GRAD_SHAPE } from './misconceptions';
import { focalLossReference } from './reference';
import { focalGradSuspects, focalLossSuspects } from './suspects';
import { focalGradTol, focalLossTol } from './tolerances';

/** Loss and dlogits within the reference's budget; with `suspects`, a wrong one is named if it is a known mistake. */
export function focalAgainstReference(
  got: unknown,
  logits: Matrix,
  targets: Matrix,
  gamma: number,
  alpha: number,
  suspects: boolean,
): void {
  const want = focalLossReference(logits, targets, gamma, alpha);
  const out = got as Partial<LossOut> | undefined;
  expectClose(out?.loss, want.loss, {
    fn: 'focalLoss',
    argument: 'loss',
    ...focalLossTol(logits, gamma),
    suspects: suspects ? focalLossSuspects(want, logits, targets, gamma, alpha) : [],
  });
  expectClose(out?.dlogits, want.dlogits, {
    fn: 'focalLoss',
    argument: 'dlogits',
    ...focalGradTol(logits, gamma),
    shapeMisconception: GRAD_SHAPE,
    suspects: suspects ? focalGradSuspects(want, logits, targets, gamma, alpha) : [],
  });
}
