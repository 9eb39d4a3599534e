import { erf as erf64 } from '../../../katas/lib/erf';
import { ERF_FLOOR, rounding, smoothError } from './rounding';
import type { Tensor64 } from './tensor64';
import { FLOAT32_UNIT_ROUNDOFF } from './tolerance';

/** f element-wise; `rule(a, ea, c)` is the error of float32's f(â), `rounds` whether it rounds. */
function unary(f: (a: number) => number, rule: (a: number, ea: number, c: number) => number, rounds = true) {
  return (x: Tensor64): Tensor64 => {
    const n = x.data.length;
    const data = new Float64Array(n);
    const err = new Float64Array(n);
    for (let k = 0; k < n; k++) {
      const c = f(x.data[k]);
      data[k] = c;
      err[k] = rule(x.data[k], x.err[k], c);
    }
    return { shape: x.shape, data, err, depth: x.depth + (rounds ? 1 : 0) };
  };
}

const sigmoid64 = (a: number): number => (a >= 0 ? 1 / (1 + Math.exp(-a)) : Math.exp(a) / (1 + Math.exp(a)));
const softplus64 = (a: number): number => Math.max(a, 0) + Math.log1p(Math.exp(-Math.abs(a)));

// Sign changes and |·| are exact in float32.
export const neg = unary(
  (a) => -a,
  (_a, ea) => ea,
  false,
);
export const abs = unary(Math.abs, (_a, ea) => ea, false);
export const exp = unary(Math.exp, (_a, ea, c) => smoothError(c, ea, c));
export const expm1 = unary(Math.expm1, (_a, ea, c) => smoothError(c + 1, ea, c));
export const log = unary(Math.log, (a, ea, c) => smoothError(1 / a, ea, c));
export const log1p = unary(Math.log1p, (a, ea, c) => smoothError(1 / (1 + a), ea, c));
export const sqrt = unary(Math.sqrt, (_a, ea, c) => (c === 0 ? Number.POSITIVE_INFINITY : ea / (2 * c) + rounding(c)));
export const square = unary(
  (a) => a * a,
  (a, ea, c) => 2 * Math.abs(a) * ea + rounding(c),
);
export const tanh = unary(Math.tanh, (_a, ea, c) => smoothError(1 - c * c, ea, c));
export const sigmoid = unary(sigmoid64, (_a, ea, c) => smoothError(c * (1 - c), ea, c));
export const softplus = unary(softplus64, (a, ea, c) => smoothError(sigmoid64(a), ea, c));
export const erf = unary(
  erf64,
  (a, ea, c) => smoothError((2 / Math.sqrt(Math.PI)) * Math.exp(-a * a), ea, c) + ERF_FLOOR,
);

/**
 * max(a, 0), exact. Where â and a can lie on either side of 0 (|a| within
 * its own error) the result can move by the whole error, else only on the
 * positive side.
 */
export const relu = unary(
  (a) => Math.max(a, 0),
  (a, ea) => (a > 0 || -a <= ea * FLOAT32_UNIT_ROUNDOFF ? ea : 0),
  false,
);

/** 1 for a > 0, else 0: exact, and the arbitraries keep a away from 0 (tolerance.ts, KINK_MARGIN). */
export const step = unary(
  (a) => (a > 0 ? 1 : 0),
  () => 0,
  false,
);

// sin and cos, as tfjs computes them: a smooth kernel (rounding.ts). An
// argument off by δ = e_a·u moves sin by |cos a|·δ (cos by |sin a|·δ) to
// first order, plus at most δ²/2: at a = pos·θ the argument's rounding grows
// with pos, and the bound says so. The δ²/2 term (e_a²·u/2, counted with
// float32's u, the largest any comparison uses) keeps the bound rigorous
// where the slope is 0 (sin at π/2, cos at 0 and π: a cosine schedule's ends).
const curvature = (ea: number): number => (ea * ea * FLOAT32_UNIT_ROUNDOFF) / 2;
export const sin = unary(Math.sin, (a, ea, c) => smoothError(Math.cos(a), ea, c) + curvature(ea));
export const cos = unary(Math.cos, (a, ea, c) => smoothError(Math.sin(a), ea, c) + curvature(ea));
