import { div, matmul, minimum, mul, reshape, scalar64, sqrt, type Tensor64, tensor64 } from '../kit/tensor';

// The kata in float64 with kit/tensor ops, which carry the float32
// reference's error bound. The composition mirrors reference.ts: the sum of
// squares as the dot product x·xᵀ of the concatenated gradients, so the
// bound is the reference's.

/** clipGradNorm's inputs. */
export interface NormCase {
  readonly grads: number[][];
  readonly maxNorm: number;
}

/** clipGradValue's inputs. */
export interface ValueCase {
  readonly grads: number[][];
  readonly clipValue: number;
}

/** Every element of every tensor, in order: what the reference and the checks see. */
export const concat = (grads: readonly (readonly number[])[]): number[] => grads.flat();

/** ‖x‖₂ of a [1, n] row as x·xᵀ under a root. */
const norm = (x: Tensor64): Tensor64 => sqrt(matmul(x, x, { transposeB: true }));

/**
 * clip_grad_norm_ for finite, non-zero gradients: T = ‖g‖₂ over the
 * concatenation, the grads scaled by min(1, maxNorm/T), and the norm they
 * have after.
 */
export function clipNorm64({ grads, maxNorm }: NormCase): {
  totalNorm: Tensor64;
  grads: Tensor64;
  normAfter: Tensor64;
} {
  const flat = concat(grads);
  const x = tensor64([flat]);
  const t = norm(x);
  const clipped = mul(x, minimum(1, div(scalar64(maxNorm), t)));
  return {
    totalNorm: reshape(t, []),
    grads: reshape(clipped, [flat.length]),
    normAfter: reshape(norm(clipped), []),
  };
}

/** clamp(g, −c, c) as the reference composes it from minimum alone: −min(−min(g, c), c). */
export function clipValue64({ grads, clipValue }: ValueCase): { out: Tensor64 } {
  const c = scalar64(clipValue);
  const x = tensor64(concat(grads));
  return { out: mul(-1, minimum(mul(-1, minimum(x, c)), c)) };
}
