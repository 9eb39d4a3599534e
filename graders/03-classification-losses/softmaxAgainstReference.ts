import { expectClose } from '../kit/toolkit';
import type { LossOut, Matrix } from './cases';
import { GRAD_SHAPE } from './misconceptions';
import { softmaxCrossEntropyReference } from './reference';
import { softmaxGradSuspects, softmaxLossSuspects } from './suspects';
import { softmaxGradTol, softmaxLossTol } from './tolerances';

/** Loss and dlogits within the reference's budget; with `suspects`, a wrong one is named if it is a known mistake. */
export function softmaxAgainstReference(got: unknown, logits: Matrix, labels: number[], suspects: boolean): void {
  const want = softmaxCrossEntropyReference(logits, labels);
  const out = got as Partial<LossOut> | undefined;
  expectClose(out?.loss, want.loss, {
    fn: 'softmaxCrossEntropy',
    argument: 'loss',
    ...softmaxLossTol(logits),
    suspects: suspects ? softmaxLossSuspects(want, logits) : [],
  });
  expectClose(out?.dlogits, want.dlogits, {
    fn: 'softmaxCrossEntropy',
    argument: 'dlogits',
    ...softmaxGradTol(logits),
    shapeMisconception: GRAD_SHAPE,
    suspects: suspects ? softmaxGradSuspects(want, logits, labels) : [],
  });
}
