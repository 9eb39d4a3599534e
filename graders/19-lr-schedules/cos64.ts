import { fromParts, type Tensor64 } from '../kit/tensor';
import { smoothError } from '../kit/tensor/rounding';
import { FLOAT32_UNIT_ROUNDOFF } from '../kit/tensor/tolerance';

// kit/tensor has no cos: this is its unary rule for a smooth kernel
// (rounding.ts, smoothError), as kata 15's trig.ts writes it. An argument
// off by δ = e_a·u moves cos by |sin a|·δ to first order, plus at most δ²/2,
// counted with float32's u, the largest any comparison uses: the bound stays
// rigorous where sin a ≈ 0 (t = 0 and t = T, the ends of the cosine).
export function cos64(x: Tensor64): Tensor64 {
  const n = x.data.length;
  const data = new Float64Array(n);
  const err = new Float64Array(n);
  for (let k = 0; k < n; k++) {
    const a = x.data[k];
    const ea = x.err[k];
    data[k] = Math.cos(a);
    err[k] = smoothError(Math.sin(a), ea, data[k]) + (ea * ea * FLOAT32_UNIT_ROUNDOFF) / 2;
  }
  return fromParts(x.shape, data, err, x.depth + 1);
}
