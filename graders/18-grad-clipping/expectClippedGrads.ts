import { expectClose, type ReferenceBackend } from '../kit/toolkit';
import type { K } from './cases';
import { learnerClip } from './learnerClip';
import { clipNorm64, type NormCase } from './oracle';
import { factorAllowance } from './pytorchAllowance';
import { clipNormReference } from './reference';

/**
 * totalNorm, then each tensor of the clipped grads, against the reference
 * within the oracle's float32 bounds; the grads also within PyTorch's
 * +1e-6 (pytorchAllowance.ts), which only the factor may account for.
 */
export function expectClippedGrads(
  kata: K,
  c: NormCase,
  reference: ReferenceBackend,
  what: 'totalNorm' | 'grads',
): void {
  const got = learnerClip(kata, c);
  const ref = clipNormReference(reference, c.grads, c.maxNorm);
  const truth = clipNorm64(c);
  if (what === 'totalNorm') {
    expectClose(got.totalNorm, ref.totalNorm, {
      fn: 'clipGradNorm',
      argument: 'totalNorm',
      bound: reference.bounds(truth.totalNorm),
    });
    return;
  }
  const bound = reference.bounds(truth.grads);
  const allowance = factorAllowance(truth.totalNorm.data[0], c.maxNorm);
  let start = 0;
  c.grads.forEach((g, k) => {
    const end = start + g.length;
    expectClose(got.grads[k], ref.grads.slice(start, end), {
      fn: 'clipGradNorm',
      argument: `grads[${k}]`,
      bound: g.map((v, i) => bound[start + i] + Math.abs(v) * allowance),
    });
    start = end;
  });
}
