import {
  abs,
  add,
  div,
  exp,
  log,
  log1p,
  logSoftmax,
  mean,
  mul,
  type Nested,
  neg,
  relu,
  sigmoid,
  softplus,
  step,
  sub,
  sum,
  type Tensor64,
  tensor64,
  toNested,
} from '../kit/tensor';
import type { Classification, FocalCase, Matrix, MultiLabel } from './cases';

// The three losses in float64, carrying the float32 reference's error bounds
// (kit/tensor): each written as its tfjs reference computes it, the gradient
// as tfjs's custom gradient or autodiff computes it (reference.test.ts
// proves both), so the bounds are the reference's. Also the pieces the
// mistakes are made of.

/** A type, not an interface: named outputs for confirmMistakes and checkReference. */
export type LossOutputs = {
  readonly loss: Tensor64;
  readonly dlogits: Tensor64;
};

export const oneHot = (labels: readonly number[], classes: number): Matrix =>
  labels.map((y) => Array.from({ length: classes }, (_, j) => (j === y ? 1 : 0)));

/** Labels and 0/1 masks are exact in float32. */
const exact = (x: Nested): Tensor64 => tensor64(x, { exact: true });

/**
 * tf.losses.softmaxCrossEntropy with the mean over the batch: logResult =
 * z − logSumExp(z), loss = mean of −Σ logResult·onehot; its custom gradient
 * is (exp(logResult) − onehot) times mean's upstream 1/N.
 */
export function softmaxCe64({ logits, labels }: Classification): LossOutputs {
  const z = tensor64(logits);
  const y = exact(oneHot(labels, logits[0].length));
  const logResult = logSoftmax(z);
  const loss = mean(sum(neg(mul(logResult, y)), { axis: -1 }));
  return { loss, dlogits: mul(div(1, logits.length), sub(exp(logResult), y)) };
}

/** tf.losses.sigmoidCrossEntropy's elements, relu(z) − z·y + log1p(exp(−|z|)), and the exp(−|z|) inside. */
function bceElements(z: Tensor64, y: Tensor64): { loss: Tensor64; e: Tensor64 } {
  const e = exp(neg(abs(z)));
  return { loss: add(sub(relu(z), mul(z, y)), log1p(e)), e };
}

/**
 * Autodiff of bceElements for upstream g, op by op as tfjs's gradients go:
 * relu′ = step(z); the product's −y; log1p′ = 1/(1 + x), exp′ = exp,
 * neg′ = −1 and abs′ = step(z, −1), the sign with sign(0) = −1.
 */
function bceBackward(logits: Matrix, z: Tensor64, y: Tensor64, e: Tensor64, g: Tensor64): Tensor64 {
  const sign = exact(logits.map((row) => row.map((v) => (v > 0 ? 1 : -1))));
  const fromRelu = mul(g, step(z));
  const fromProduct = mul(neg(g), y);
  const fromSoftplus = mul(neg(mul(div(g, add(e, 1)), e)), sign);
  return add(add(fromRelu, fromProduct), fromSoftplus);
}

/** tf.losses.sigmoidCrossEntropy with the mean over every element; autodiff from mean's upstream 1/(N·C). */
export function bce64({ logits, targets }: MultiLabel): LossOutputs {
  const z = tensor64(logits);
  const y = exact(targets);
  const { loss, e } = bceElements(z, y);
  const g = div(1, logits.length * logits[0].length);
  return { loss: mean(loss), dlogits: bceBackward(logits, z, y, e, g) };
}

/** The class weight of a target: α_t, or what a mistake uses instead. */
export type ClassWeight = (y: number, alpha: number) => number;
export const alphaT: ClassWeight = (y, alpha) => (y === 1 ? alpha : 1 - alpha);

export interface FocalSwitches {
  /** Default α_t. */
  readonly weight?: ClassWeight;
  /** Drop the gradient through the modulating factor, as if (1 − p_t)^γ were a constant. */
  readonly constantFactor?: boolean;
}

/**
 * Focal loss as the reference composes it: mean of α_t·exp(−γ·softplus(z_t))·BCE
 * with z_t = ±z (1 − p_t = σ(−z_t) = e^(−softplus(z_t))), and its autodiff:
 * the upstream 1/(N·C)·α_t reaches BCE times the factor and the factor
 * times BCE, then exp′, −γ, softplus′ = σ(z_t) and the sign of z_t.
 */
export function focal64(
  { logits, targets, gamma, alpha }: FocalCase,
  { weight = alphaT, constantFactor = false }: FocalSwitches = {},
): LossOutputs {
  const z = tensor64(logits);
  const y = exact(targets);
  const s = exact(targets.map((row) => row.map((t) => (t === 1 ? 1 : -1))));
  // Built in float64 and rounded to float32 on the way in, as the reference's weights are.
  const a = tensor64(targets.map((row) => row.map((t) => weight(t, alpha))));
  const zt = mul(s, z);
  const factor = exp(mul(-gamma, softplus(zt)));
  const bce = bceElements(z, y);
  const loss = mean(mul(a, mul(factor, bce.loss)));
  const g = mul(div(1, logits.length * logits[0].length), a);
  const fromBce = bceBackward(logits, z, y, bce.e, mul(g, factor));
  if (constantFactor) return { loss, dlogits: fromBce };
  const fromFactor = mul(mul(mul(mul(mul(g, bce.loss), factor), -gamma), sigmoid(zt)), s);
  return { loss, dlogits: add(fromFactor, fromBce) };
}

// The naive formulas in float64, as code without the stable rewritings
// computes them: NaN and ±Infinity where they overflow, the truth (to
// float64 rounding) elsewhere. Plain numbers: no reference computes them.

/** Softmax CE as exp(z)/Σexp(z) and log Σexp(z) − z_y, without subtracting the row max. */
export function naiveSoftmaxCe({ logits, labels }: Classification): { loss: Nested; dlogits: Nested } {
  const z = tensor64(logits);
  const y = exact(oneHot(labels, logits[0].length));
  const e = exp(z);
  const loss = mean(sub(log(sum(e, { axis: -1 })), sum(mul(z, y), { axis: -1 })));
  const p = div(e, sum(e, { axis: -1, keepDims: true }));
  return { loss: toNested(loss), dlogits: toNested(div(sub(p, y), logits.length)) };
}

/** BCE as −[y·log σ(z) + (1 − y)·log(1 − σ(z))] with σ(z) = 1/(1 + e^−z). */
export function logSigmoidBce({ logits, targets }: MultiLabel): Nested {
  const y = exact(targets);
  const p = div(1, add(1, exp(neg(tensor64(logits)))));
  return toNested(mean(neg(add(mul(y, log(p)), mul(sub(1, y), log(sub(1, p)))))));
}

/** σ(z) = e^z/(1 + e^z) in float64: NaN once e^z overflows. */
export const overflowingSigmoid = (z: number): number => Math.exp(z) / (1 + Math.exp(z));

/** z_t = ±z, and p_t = σ(z_t) and 1 − p_t = σ(−z_t) as 1/(1 + e^∓z_t) computes them in float64 (0 past ±745). */
export function focalProbabilities({ logits, targets }: MultiLabel): { pt: number[]; q: number[] } {
  const zt = logits.flatMap((row, i) => row.map((v, j) => (targets[i][j] === 1 ? v : -v)));
  return { pt: zt.map((v) => 1 / (1 + Math.exp(-v))), q: zt.map((v) => 1 / (1 + Math.exp(v))) };
}
