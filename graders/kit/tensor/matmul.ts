import { sumError, UNDERFLOW_FLOOR } from './rounding';
import type { Tensor64 } from './tensor64';

export interface MatmulConstraints {
  /** Use the transpose of the last two axes of `a` (tf.matMul's transposeA). Default false. */
  readonly transposeA?: boolean;
  readonly transposeB?: boolean;
}

/**
 * a·b over the last two axes, batched over the leading ones (which must be
 * equal, as tfjs needs for its gradients). Each entry is a sum of k
 * products: error Σₚ(|b|·e_a + |a|·e_b) + k·Σₚ|a·b| (one rounding per
 * product, k − 1 per sum, in any order).
 */
export function matmul(
  a: Tensor64,
  b: Tensor64,
  { transposeA = false, transposeB = false }: MatmulConstraints = {},
): Tensor64 {
  const ra = a.shape.length;
  const rb = b.shape.length;
  if (ra < 2 || ra !== rb || a.shape.slice(0, -2).some((d, i) => d !== b.shape[i])) {
    throw new RangeError(
      `matmul: shapes [${a.shape.join(', ')}] and [${b.shape.join(', ')}] need rank ≥ 2 and the same leading axes`,
    );
  }
  const [ar, ac] = a.shape.slice(-2);
  const [br, bc] = b.shape.slice(-2);
  const m = transposeA ? ac : ar;
  const k = transposeA ? ar : ac;
  const kb = transposeB ? bc : br;
  const n = transposeB ? br : bc;
  if (k !== kb) {
    throw new RangeError(
      `matmul: inner sizes differ (${k} and ${kb}) for shapes [${a.shape.join(', ')}] and [${b.shape.join(', ')}]`,
    );
  }
  const batch = a.data.length / Math.max(ar * ac, 1) || 0;
  const data = new Float64Array(batch * m * n);
  const err = new Float64Array(batch * m * n);
  const ai = (i: number, p: number): number => (transposeA ? p * ac + i : i * ac + p);
  const bi = (p: number, j: number): number => (transposeB ? j * bc + p : p * bc + j);
  for (let t = 0; t < batch; t++) {
    const oa = t * ar * ac;
    const ob = t * br * bc;
    for (let i = 0; i < m; i++) {
      for (let j = 0; j < n; j++) {
        let s = 0;
        let terms = 0;
        let abs = 0;
        for (let p = 0; p < k; p++) {
          const x = a.data[oa + ai(i, p)];
          const y = b.data[ob + bi(p, j)];
          s += x * y;
          abs += Math.abs(x * y);
          terms += Math.abs(y) * a.err[oa + ai(i, p)] + Math.abs(x) * b.err[ob + bi(p, j)] + UNDERFLOW_FLOOR;
        }
        const o = t * m * n + i * n + j;
        data[o] = s;
        // The products' own roundings (Σ|a·b|) and the sum's, order-free.
        err[o] = sumError(terms + abs, abs, k);
      }
    }
  }
  return { shape: [...a.shape.slice(0, -2), m, n], data, err, depth: Math.max(a.depth, b.depth) + k };
}
