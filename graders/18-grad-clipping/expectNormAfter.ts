import { fmt, norm2 } from '../kit/tensor';
import { fail, type ReferenceBackend } from '../kit/toolkit';
import type { K } from './cases';
import { learnerClip } from './learnerClip';
import text from './messages';
import { clipNorm64, concat, type NormCase } from './oracle';
import { factorAllowance } from './pytorchAllowance';
import { clipNormReference } from './reference';

/**
 * The global norm of the learner's clipped grads is min(T, maxNorm): the
 * reference's norm of its own clipped grads, within the oracle's float32
 * bound and PyTorch's +1e-6 (at most T·maxNorm·ε/T² lower).
 */
export function expectNormAfter(kata: K, c: NormCase, reference: ReferenceBackend): void {
  const got = norm2(concat(learnerClip(kata, c).grads));
  const ref = clipNormReference(reference, c.grads, c.maxNorm);
  const truth = clipNorm64(c);
  const t = truth.totalNorm.data[0];
  const allowed = reference.bounds(truth.normAfter)[0] + t * factorAllowance(t, c.maxNorm);
  if (!(Math.abs(got - ref.normAfter) <= allowed)) {
    fail({
      fn: 'clipGradNorm',
      argument: 'grads',
      got,
      expected: ref.normAfter,
      allowed,
      message: text['norm-after']({ got: fmt(got), t: fmt(t), maxNorm: fmt(c.maxNorm), expected: fmt(ref.normAfter) }),
    });
  }
}
