import { abs, add, div, mean, minimum, mul, neg, scalar64, square, sub, type Tensor64, tensor64 } from '../kit/tensor';
import type { HuberCase, Matrix, Regression } from './cases';

// The two losses in float64, carrying the float32 reference's error bounds
// (kit/tensor): each written as its tfjs reference computes it, the
// gradient as tfjs's autodiff computes it, op by op (reference.test.ts
// proves both), so the bounds are the reference's.

/** A type, not an interface: named outputs for confirmMistakes and checkReference. */
export type LossOutputs = {
  readonly loss: Tensor64;
  readonly dpred: Tensor64;
};

const count = (x: Matrix): number => x.length * x[0].length;

/**
 * tf.losses.meanSquaredError with Reduction.MEAN: mean of
 * squaredDifference(t, p) = (t − p)²; its gradient for p is
 * upstream·2·(p − t), with mean's upstream 1/(N·D).
 */
export function mse64({ pred, target }: Regression): LossOutputs {
  const p = tensor64(pred);
  const t = tensor64(target);
  const loss = mean(square(sub(t, p)));
  return { loss, dpred: mul(div(1, count(pred)), mul(2, sub(p, t))) };
}

/** 1 where the element takes the quadratic branch, |p − t| ≤ δ (minimum's gradient goes to |r| there). */
export const quadraticMask = ({ pred, target, delta }: HuberCase): Matrix =>
  pred.map((row, i) => row.map((p, j) => (Math.abs(p - target[i][j]) <= delta ? 1 : 0)));

/**
 * tf.losses.huberLoss with Reduction.MEAN: e = |p − t|, q = min(e, δ),
 * ℓ = ½q² + δ·(e − q), mean over every element. Its autodiff, from mean's
 * upstream g = 1/(N·D): q gets g·q from ½q² and −g·δ from e − q; e gets
 * g·δ, plus q's where e ≤ δ (minimum′); abs′ is the sign of r, −1 at 0.
 */
export function huber64(c: HuberCase): LossOutputs {
  const r = sub(tensor64(c.pred), tensor64(c.target));
  const delta = scalar64(c.delta);
  const e = abs(r);
  const q = minimum(e, delta);
  const loss = mean(add(mul(0.5, square(q)), mul(delta, sub(e, q))));
  const g = div(1, count(c.pred));
  const dq = add(mul(mul(g, 0.5), mul(q, 2)), neg(mul(g, delta)));
  const de = add(mul(g, delta), mul(dq, tensor64(quadraticMask(c), { exact: true })));
  const sign = c.pred.map((row, i) => row.map((p, j) => (p - c.target[i][j] > 0 ? 1 : -1)));
  return { loss, dpred: mul(de, tensor64(sign, { exact: true })) };
}

/** What a mistake changes in Huber's definition: the branch test, the linear branch, its slope. */
export interface HuberSwitches {
  /** Default |r| ≤ δ. */
  readonly quadratic?: (r: number, delta: number) => boolean;
  /** The linear branch's value at a = |r|; default δ(a − δ/2). */
  readonly linear?: (a: number, delta: number) => number;
  /** The linear branch's slope; default δ·sign(r). */
  readonly slope?: (r: number, delta: number) => number;
}

/**
 * Huber in plain float64, element by element, with a mistake's switches:
 * what code with that mistake computes (no reference computes it, so no
 * bounds travel with it).
 */
export function huberWith(
  { pred, target, delta }: HuberCase,
  {
    quadratic = (r, d) => Math.abs(r) <= d,
    linear = (a, d) => d * (a - d / 2),
    slope = (r, d) => d * Math.sign(r),
  }: HuberSwitches,
): { loss: number; dpred: Matrix } {
  const n = count(pred);
  let total = 0;
  const dpred = pred.map((row, i) =>
    row.map((p, j) => {
      const r = p - target[i][j];
      const inside = quadratic(r, delta);
      total += inside ? (r * r) / 2 : linear(Math.abs(r), delta);
      return (inside ? r : slope(r, delta)) / n;
    }),
  );
  return { loss: total / n, dpred };
}
