import { forward64 } from '../13-attention/oracle';
import { add, matmul, reshape, type Tensor64, tensor64, toNested } from '../kit/tensor';
import type { Case, T3, T4 } from './cases';
import { causalMask } from './oracle';

const projected = (x: T3, W: number[][], b: number[]): Tensor64 => {
  const [N, L, d] = [x.length, x[0].length, x[0][0].length];
  return reshape(add(matmul(reshape(tensor64(x), [N * L, d]), tensor64(W), { transposeB: true }), tensor64(b)), [
    N,
    1,
    L,
    d,
  ]);
};

/**
 * With one head, multi-head attention is kata 13's scaled dot-product
 * attention (its oracle, [N, 1, L, d], scale 1/√d and the causal mask as its
 * 0/1 mask) of the three projections, followed by the output projection.
 */
export function singleHead64(c: Case): { weights: Tensor64; out: Tensor64 } {
  const [N, Lq, d] = [c.query.length, c.query[0].length, c.query[0][0].length];
  const Lk = c.key[0].length;
  const Q = toNested(projected(c.query, c.Wq, c.bq)) as T4;
  const { weights, out } = forward64({
    Q,
    K: toNested(projected(c.key, c.Wk, c.bk)) as T4,
    V: toNested(projected(c.value, c.Wv, c.bv)) as T4,
    mask: c.causal ? causalMask(N, 1, Lq, Lk) : undefined,
    dout: Q,
  });
  const o = add(matmul(reshape(out, [N * Lq, d]), tensor64(c.Wo), { transposeB: true }), tensor64(c.bo));
  return { weights, out: reshape(o, [N, Lq, d]) };
}
