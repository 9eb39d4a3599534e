import type { Message } from '../kit/toolkit';
import { fail, fmt } from '../kit/toolkit';
import type { Grads } from './cases';

/** Equal as numbers, NaN to NaN: what "came back exactly as it was" means, ±0 alike. */
export const same = (a: number, b: number): boolean => a === b || (Number.isNaN(a) && Number.isNaN(b));

const u = 2 ** -53;

/**
 * Below the bound a correct clip may still multiply and divide by maxNorm:
 * TensorFlow's clip_by_global_norm computes g·maxNorm / max(T, maxNorm), and
 * fl(fl(g·m)/m) = g(1 + δ₁)(1 + δ₂) with |δᵢ| ≤ u = 2⁻⁵³, so within
 * (2u + u²)|g| of g (plus the smallest subnormal, for g near 0). A factor
 * other than 1 (scaling up, the norm after clipping) moves g by far more.
 */
export const oneRoundTrip = (got: number, v: number): boolean =>
  Math.abs(got - v) <= (2 * u + u * u) * Math.abs(v) + Number.MIN_VALUE;

/** Every element of `got` the input's (exactly, or as `close` allows); `say` words the first that is not. */
export function expectUnchanged(
  got: Grads,
  input: Grads,
  fn: 'clipGradNorm' | 'clipGradValue',
  say: (p: { at: string; got: string; expected: string }) => Message,
  close: (got: number, v: number) => boolean = same,
): void {
  input.forEach((g, k) => {
    g.forEach((v, i) => {
      if (!close(got[k][i], v)) {
        fail({
          fn,
          argument: 'grads',
          index: [k, i],
          got: got[k][i],
          expected: v,
          message: say({ at: `[${k}][${i}]`, got: fmt(got[k][i]), expected: fmt(v) }),
        });
      }
    });
  });
}
