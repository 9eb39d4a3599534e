import {
  add,
  div,
  erf,
  exp,
  expm1,
  minimum,
  mul,
  neg,
  relu,
  sigmoid,
  square,
  step,
  sub,
  type Tensor64,
  tanh,
  tensor64,
  where,
} from '../kit/tensor';
import type { ActivationName } from './reference';

// Each activation and its derivative in float64, carrying the float32
// reference's error bounds (kit/tensor): the truth every property and
// diagnosis compares with. Each value is the composition reference.ts gives
// tfjs, op for op; each derivative is the chain tfjs's autodiff runs through
// it with dy = 1 (its gradient functions, in the order its tape accumulates
// them), so that the bound is the reference's own.

export interface Case {
  readonly x: number[];
  readonly alpha?: number;
}

export interface Activation64 {
  readonly value: (x: Tensor64, alpha: number) => Tensor64;
  readonly slope: (x: Tensor64, alpha: number) => Tensor64;
}

/** GELU's u = √(2/π)·(x + 0.044715·x³). */
export const GELU_C = Math.sqrt(2 / Math.PI);
export const GELU_CUBIC = 0.044715;

/** 1 where a condition holds, else 0: a mask as plain data (tfjs's step, greater, lessEqual are exact). */
const mask = (x: Tensor64, holds: (v: number) => boolean): number[] => Array.from(x.data, (v) => (holds(v) ? 1 : 0));

/** ½·x·(1 + tanh(c·(x + 0.044715·x³))); `c` is a switch for the mistake that writes √(2/π) as 0.8. */
export function geluTanh64(x: Tensor64, c = GELU_C): Tensor64 {
  const cube = mul(x, mul(x, x));
  const u = mul(c, add(x, mul(GELU_CUBIC, cube)));
  return mul(mul(0.5, x), add(1, tanh(u)));
}

/**
 * Autodiff of geluTanh64 with dy = 1. out = a·b with a = ½x, b = 1 + tanh u:
 * ∂/∂a = b, ∂/∂b = a; tanh's gradient (1 − y²)·dy on the float32 y; then
 * back through u = c·v, v = x + 0.044715·x·(x·x). The tape adds x's five
 * contributions in reverse order of the forward ops: ½b, ∂v, ∂(x·s)/∂x = g·s,
 * and twice ∂(x·x)/∂x = (g·x)·x, with g = 0.044715·∂v.
 */
export function geluTanhPrime64(x: Tensor64, c = GELU_C): Tensor64 {
  const u = mul(c, add(x, mul(GELU_CUBIC, mul(x, mul(x, x)))));
  const t = tanh(u);
  const half = mul(0.5, add(1, t));
  const dv = mul(mul(sub(1, square(t)), mul(0.5, x)), c);
  const dCube = mul(dv, GELU_CUBIC);
  const viaSquare = mul(mul(dCube, x), x);
  return add(add(add(add(half, dv), mul(dCube, mul(x, x))), viaSquare), viaSquare);
}

/** ½·x·(1 + erf(x/√2)). */
export function geluErf64(x: Tensor64): Tensor64 {
  return mul(mul(0.5, x), add(1, erf(mul(Math.SQRT1_2, x))));
}

/**
 * Autodiff of geluErf64 with dy = 1: erf's gradient is dy·e^(−z²)·2/√π at
 * z = x/√2, times 1/√2, then ½·(1 + erf z) from the product.
 */
export function geluErfPrime64(x: Tensor64): Tensor64 {
  const z = mul(Math.SQRT1_2, x);
  const density = mul(exp(neg(square(z))), 2 / Math.sqrt(Math.PI));
  return add(mul(mul(mul(0.5, x), density), Math.SQRT1_2), mul(add(1, erf(z)), 0.5));
}

/** 0 below −3, (2x + 3)/6 inside, 1 above 3, away from the kinks: 1/6 rounded, times relu6(x + 3), plus x/6 inside. */
function hardSwishPrime64(x: Tensor64): Tensor64 {
  const sixth = div(1, 6);
  const r6 = minimum(relu(add(x, 3)), 6);
  const inside = mask(x, (v) => v > -3 && v < 3);
  return add(mul(sixth, r6), where(inside, mul(sixth, x), 0));
}

export const oracle: Record<ActivationName, Activation64> = {
  sigmoid: {
    value: (x) => sigmoid(x),
    // y·(1 − y) on the float32 y.
    slope: (x) => {
      const y = sigmoid(x);
      return mul(y, sub(1, y));
    },
  },
  tanh: {
    value: (x) => tanh(x),
    // 1 − y² on the float32 y.
    slope: (x) => sub(1, square(tanh(x))),
  },
  relu: {
    value: (x) => relu(x),
    slope: (x) => step(x),
  },
  leakyRelu: {
    // x for x > 0, α·x otherwise, α read as float32.
    value: (x, alpha) =>
      where(
        mask(x, (v) => v > 0),
        x,
        mul(alpha, x),
      ),
    slope: (x, alpha) =>
      where(
        mask(x, (v) => v > 0),
        1,
        tensor64(alpha),
      ),
  },
  elu: {
    // relu(x) + α·(e^min(x, 0) − 1).
    value: (x, alpha) => add(relu(x), mul(alpha, expm1(minimum(x, 0)))),
    // For x ≤ 0 tfjs's EluGrad multiplies the upstream α by y + 1, y the float32 elu(min(x, 0)).
    slope: (x, alpha) =>
      where(
        mask(x, (v) => v > 0),
        1,
        mul(alpha, add(expm1(minimum(x, 0)), 1)),
      ),
  },
  geluTanh: { value: (x) => geluTanh64(x), slope: (x) => geluTanhPrime64(x) },
  geluErf: { value: geluErf64, slope: geluErfPrime64 },
  hardSwish: {
    // x·min(relu(x + 3), 6)/6.
    value: (x) => div(mul(x, minimum(relu(add(x, 3)), 6)), 6),
    slope: hardSwishPrime64,
  },
};

/** The truth on a case: value and slope, tracked. */
export const truth64 = (name: ActivationName, { x, alpha = 0 }: Case): { value: Tensor64; slope: Tensor64 } => ({
  value: oracle[name].value(tensor64(x), alpha),
  slope: oracle[name].slope(tensor64(x), alpha),
});
