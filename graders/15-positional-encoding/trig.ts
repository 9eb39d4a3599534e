import { fromParts, type Tensor64 } from '../kit/tensor';
import { smoothError } from '../kit/tensor/rounding';
import { FLOAT32_UNIT_ROUNDOFF } from '../kit/tensor/tolerance';

// kit/tensor has no sin or cos: these are its unary rule for a smooth kernel
// (rounding.ts, smoothError), which is what tfjs's sin and cos are. An
// argument off by δ = e_a·u moves sin by |cos a|·δ to first order, plus at
// most δ²/2: at a = pos·θ the argument's rounding grows with pos, so a
// position of a few hundred leaves sin(a) only about 1e-4 of float32's
// accuracy, and the bound says so. The δ²/2 term (in units of u, e_a²·u/2,
// counted with float32's u, the largest any comparison uses) stays below
// KERNEL_FLOOR for the positions graded, and keeps the bound rigorous where
// cos a ≈ 0.

function trig(f: (a: number) => number, slope: (a: number) => number) {
  return (x: Tensor64): Tensor64 => {
    const n = x.data.length;
    const data = new Float64Array(n);
    const err = new Float64Array(n);
    for (let k = 0; k < n; k++) {
      const a = x.data[k];
      const ea = x.err[k];
      data[k] = f(a);
      err[k] = smoothError(slope(a), ea, data[k]) + (ea * ea * FLOAT32_UNIT_ROUNDOFF) / 2;
    }
    return fromParts(x.shape, data, err, x.depth + 1);
  };
}

export const sin64 = trig(Math.sin, Math.cos);
export const cos64 = trig(Math.cos, (a) => -Math.sin(a));
