import fc from 'fast-check';
import type * as Kata from '../../katas/03-classification-losses/classification-losses';
import {
  boundedFloat, callLearner, checkGradient, classLabels, defineGrader, dim, expectClose, fail, fmt, GradingFailure, mask,
  property, referenceTolerance, tensor, TRANSCENDENTAL_OPS as T, validateTensor, type Suspect,
} from '../toolkit';
import { binaryCrossEntropyReference, focalLossReference, oneHot, softmaxCrossEntropyReference } from './reference';

type K = typeof Kata;
type Matrix = number[][];
interface LossOut { loss: number; dlogits: Matrix }

// ─── Inputs ──────────────────────────────────────────────────────────────────

/** logits [N, C] in [−10, 10] with integer labels; C ≥ 2 so that a label is a choice. */
const classification = fc
  .tuple(dim(), dim({ min: 2 }))
  .chain(([n, c]) => fc.record({ logits: tensor([n, c]) as fc.Arbitrary<Matrix>, labels: classLabels(n, c) }));

/**
 * logits [N, C] in [−10, 10] with 0/1 multi-label targets. N ≥ 2 so that a
 * sum over N·C elements and a mean over N only (both wrong) are told apart
 * even after shrinking: with N = 1 they give the same number.
 */
const multiLabel = fc
  .tuple(dim({ min: 2 }), dim())
  .chain(([n, c]) => fc.record({ logits: tensor([n, c]) as fc.Arbitrary<Matrix>, targets: mask([n, c]) as fc.Arbitrary<Matrix> }));

/** γ = 0 (plain weighted BCE) and the paper's γ = 2 and α = 0.25 come up often on purpose. */
const gammaArb = fc.oneof(fc.constantFrom(0, 1, 2), boundedFloat({ min: 0, max: 5 }));
const alphaArb = fc.oneof(fc.constant(0.25), boundedFloat({ min: 0, max: 1 }));
const focalInputs = fc.tuple(multiLabel, gammaArb, alphaArb).map(([m, gamma, alpha]) => ({ ...m, gamma, alpha }));

/**
 * Logits of magnitude 750…1000 with random signs. Every one is past the
 * float64 limits on purpose: exp(z) overflows for z > 709.8 and underflows
 * to 0 for z < −745, so σ(z) is exactly 0 or 1 and a formula without
 * log-sum-exp or softplus breaks on every sample, not by luck.
 */
const hugeLogits = (n: number, c: number): fc.Arbitrary<Matrix> =>
  fc.tuple(tensor([n, c], { min: 750, max: 1000 }), mask([n, c]))
    .map(([m, s]: [Matrix, Matrix]) => m.map((row, i) => row.map((v, j) => (s[i][j] ? v : -v))));

const hugeClassification = fc
  .tuple(dim(), dim({ min: 2 }))
  .chain(([n, c]) => fc.record({ logits: hugeLogits(n, c), labels: classLabels(n, c) }));

/** Element [0][0] is confidently wrong and [0][1] confidently right, whatever else is drawn. */
const hugeMultiLabel = fc
  .tuple(dim(), dim({ min: 2 }))
  .chain(([n, c]) => fc.record({ logits: hugeLogits(n, c), targets: mask([n, c]) as fc.Arbitrary<Matrix> }))
  .map(({ logits, targets }) => {
    const t = targets.map((row) => [...row]);
    t[0][0] = logits[0][0] > 0 ? 0 : 1;
    t[0][1] = logits[0][1] > 0 ? 1 : 0;
    return { logits, targets: t };
  });

// ─── Tolerances (tolerance.ts), M = max(1, max |z|) ──────────────────────────

const magnitude = (z: Matrix): number => Math.max(1, ...z.flat().map(Math.abs));
const sizes = (z: Matrix) => ({ n: z.length, c: z[0].length, count: z.length * z[0].length });

/**
 * Softmax CE. Loss: per row a max, C exps, a C-term sum, a log and two
 * subtractions, then a mean over N rows; logΣexp(z) − z_y cancels terms as
 * large as M + log C, which is the scale, and input rounding moves it by
 * ≤ 2·M·u (|∂ℓ/∂z| sums to ≤ 2): condition 2.
 * dlogits: exp(z − lse) where z − lse is rounded relative to M, plus input
 * rounding through the softmax Jacobian (≤ M/2): condition 3M; p − onehot
 * cancels terms of size 1/N, the scale.
 */
const softmaxLossTol = (z: Matrix) => {
  const { n, c } = sizes(z);
  return { ops: c + n + 2 * T + 4, condition: 2, scale: magnitude(z) + Math.log(c) };
};
const softmaxGradTol = (z: Matrix) => {
  const { n, c } = sizes(z);
  return { ops: c + 2 * T + 4, condition: 3 * magnitude(z), scale: 1 / n };
};

/**
 * BCE. Loss: relu(z) − z·y + log1p(exp(−|z|)) per element (2 transcendental,
 * 4 arithmetic), then a mean of N·C non-negative terms; the relative
 * condition of softplus-like terms is ≤ max(1, |z|) = M.
 * dlogits: step(z) − y − sign(z)·σ(−|z|) cancels terms of size 1, scaled by
 * 1/(N·C); |z|·σ′(z) ≤ 0.23, so input rounding adds condition 1.
 */
const bceLossTol = (z: Matrix) => ({ ops: sizes(z).count + 2 * T + 4, condition: magnitude(z) });
const bceGradTol = (z: Matrix) => ({ ops: 2 * T + 6, condition: 1, scale: 1 / sizes(z).count });

/**
 * Focal, as the reference computes it: α_t·exp(−γ·softplus(z_t))·BCE.
 * Input rounding: the relative condition of (1 − p_t)^γ·BCE is
 * ≤ (γ + 1)·M; exp(−γ·softplus(z_t)) turns softplus's rounding, relative to
 * its size ≤ M + 1, into γ·(M + 1) relative error. Loss: 4 transcendental
 * and 6 arithmetic ops per element, then a mean of N·C non-negative terms.
 * dlogits: α_t[γ(1 − p_t)^γ p_t log p_t − (1 − p_t)^(γ+1)]/(N·C); the two
 * terms are bounded by γ/e and 1, so the scale is (1 + γ)/(N·C); the
 * derivative of the bracket is ≤ (γ + 1)², so input rounding adds (γ + 1)·M.
 */
const focalAmplification = (z: Matrix, gamma: number): number => (gamma + 1) * magnitude(z) + gamma * (magnitude(z) + 1);
const focalLossTol = (z: Matrix, gamma: number) => ({ ops: sizes(z).count + 4 * T + 6, condition: focalAmplification(z, gamma) });
const focalGradTol = (z: Matrix, gamma: number) => ({
  ops: 5 * T + 12, condition: focalAmplification(z, gamma), scale: (1 + gamma) / sizes(z).count,
});

/**
 * Learner against learner, both float64 (so both sides' ops are counted):
 * per element ≤ 4 transcendental and 8 arithmetic ops on each side. The
 * stable BCE formula max(z, 0) − z·y + log1p(e^−|z|) cancels terms as large
 * as |z|, so a per-element loss is only accurate relative to M + 1 (the
 * scale). And 1 − σ(z) computed by subtraction (torchvision's 1 − p_t, or
 * log(1 − σ(z)) in a textbook BCE, both fine at moderate logits) loses
 * relative accuracy by 1/(1 − σ(z)) ≤ 1 + e^M: the condition. Only the ±1e3
 * properties ask for the stable forms.
 */
const learnerPair = (count: number, m: number) => ({
  precision: 'float64' as const, ops: 2 * (count + 4 * T + 8), condition: 1 + Math.exp(m),
});

/** The budgets above, for reference.test.ts to prove the reference against. */
export const tolerances = {
  softmaxLoss: softmaxLossTol, softmaxGrad: softmaxGradTol,
  bceLoss: bceLossTol, bceGrad: bceGradTol,
  focalLoss: focalLossTol, focalGrad: focalGradTol,
};

// ─── Float64 values of specific mistakes (suspects) ──────────────────────────

const scaled = (k: number, x: Matrix): Matrix => x.map((row) => row.map((v) => k * v));
const softplus = (x: number): number => Math.max(x, 0) + Math.log1p(Math.exp(-Math.abs(x)));
const sigmoid = (x: number): number => (x >= 0 ? 1 / (1 + Math.exp(-x)) : Math.exp(x) / (1 + Math.exp(x)));

/** Focal loss in float64 with a chosen class weight, and optionally the modulating factor's derivative dropped. */
function focal64(z: Matrix, y: Matrix, gamma: number, weight: (y: number) => number, factorIsConstant = false): LossOut {
  const { count } = sizes(z);
  let total = 0;
  const dlogits = z.map((row, i) => row.map((v, j) => {
    const s = y[i][j] === 1 ? 1 : -1;
    const a = weight(y[i][j]);
    const pt = sigmoid(s * v);
    const q = sigmoid(-s * v);
    const logPt = -softplus(-s * v);
    const mod = Math.pow(q, gamma);
    total += -a * mod * logPt;
    return (s * a * ((factorIsConstant ? 0 : gamma * mod * pt * logPt) - mod * q)) / count;
  }));
  return { loss: total / count, dlogits };
}

// ─── Messages ────────────────────────────────────────────────────────────────

const SOFTMAX_OVERFLOW = 'softmax without max-subtraction overflows: exp(1000) is Infinity (and exp(−1000) is 0, so p = 0/0 = NaN); subtract each row\'s max m first, logΣexp(z) = m + logΣexp(z − m)';
const LOG_SIGMOID = 'log(sigmoid(z)) underflows: σ(−1000) is exactly 0 and log 0 = −Infinity (0·log 0 = NaN); use softplus, ℓ = max(z, 0) − z·y + log1p(e^−|z|)';
const SIGMOID_OVERFLOW = 'σ(z) = e^z/(1 + e^z) is Infinity/Infinity = NaN at z = 1000: use 1/(1 + e^−z) for z ≥ 0 and e^z/(1 + e^z) for z < 0';
const FOCAL_LOG = 'log(p_t) underflows: p_t = σ(z_t) rounds to 0 for z_t = −1000, so log p_t = −Infinity (and p_t·log p_t = 0·(−Infinity) = NaN); use log p_t = −softplus(−z_t) and 1 − p_t = σ(−z_t)';
const FOCAL_POWER = '(1 − p_t)^(γ−1) is Infinity where 1 − p_t rounds to 0 and γ < 1, and Infinity·0 = NaN: multiply it out, γ(1 − p_t)^(γ−1)·(1 − p_t)·p_t = γ(1 − p_t)^γ·p_t';
const GRAD_SHAPE = 'dlogits is ∂loss/∂logits: it has the shape of logits, [N, C]';

const SUM_OVER_BATCH = 'the loss is summed over the batch instead of averaged: F.cross_entropy\'s default reduction=\'mean\' divides by N';
const GRAD_NOT_DIVIDED_BY_N = 'dlogits is not divided by the batch size N: the loss is a mean over N rows, so each row\'s gradient carries 1/N';
const MINUS_ONE_EVERYWHERE = 'dlogits subtracts 1 from every class: ∂ℓ/∂z = p − onehot(y), so only the label\'s entry gets the −1';
const GRAD_SIGN = 'dlogits has the wrong sign: ∂ℓ/∂z = σ(z) − y (softmax: p − onehot), not y − σ(z)';
const SUM_OVER_ELEMENTS = 'the loss is summed instead of averaged: reduction=\'mean\' divides by every element, N·C of them';
const MEAN_OVER_BATCH_ONLY = 'the loss is averaged over the batch N only: element-wise losses (BCE, focal) average over every element, N·C of them, as PyTorch\'s reduction=\'mean\'';
const GRAD_NOT_DIVIDED_BY_COUNT = 'dlogits is summed instead of averaged: the loss is a mean over every element, so each entry of dlogits carries 1/(N·C)';
const GRAD_DIVIDED_BY_N_ONLY = 'dlogits is averaged over the batch N only: the loss is a mean over every element, so each entry of dlogits carries 1/(N·C), not 1/N';
const ALPHA_BOTH_CLASSES = 'α is applied to both classes: the weight is α_t = α for a positive (y = 1) but 1 − α for a negative (y = 0)';
const FACTOR_CONSTANT = 'the gradient treats the modulating factor (1 − p_t)^γ as a constant: differentiate it too (product rule), ∂FL/∂z_t = α_t[γ(1 − p_t)^γ p_t log p_t − (1 − p_t)^(γ+1)]';

/** Element-wise-loss suspects for the loss value: summed, or averaged over N only. */
const reductionSuspects = (ref: number, z: Matrix): Suspect[] => [
  { misconception: SUM_OVER_ELEMENTS, value: () => sizes(z).count * ref },
  { misconception: MEAN_OVER_BATCH_ONLY, value: () => sizes(z).c * ref },
];
const gradReductionSuspects = (ref: Matrix, z: Matrix): Suspect[] => [
  { misconception: GRAD_NOT_DIVIDED_BY_COUNT, value: () => scaled(sizes(z).count, ref) },
  { misconception: GRAD_DIVIDED_BY_N_ONLY, value: () => scaled(sizes(z).c, ref) },
  { misconception: GRAD_SIGN, value: () => scaled(-1, ref) },
];

/** Runs a check and, if it fails without a recognised mistake, says what the property means. */
function explained(meaning: string, check: () => unknown): void {
  try {
    check();
  } catch (err) {
    if (err instanceof GradingFailure && !err.detail.misconception) fail({ ...err.detail, misconception: meaning });
    throw err;
  }
}

/** Fails, naming the numerical mistake, if any part of the output is NaN or ±Infinity. */
function expectFinite(got: unknown, fn: string, where: string, misconception: (argument: 'loss' | 'dlogits', index: number[]) => string): void {
  const out = got as Partial<LossOut> | undefined;
  if (typeof out?.loss === 'number' && !Number.isFinite(out.loss)) {
    fail({ fn, argument: 'loss', got: out.loss, summary: `loss is ${out.loss} ${where}`, misconception: misconception('loss', []) });
  }
  if (!Array.isArray(out?.dlogits)) return;
  out.dlogits.forEach((row, i) => {
    if (!Array.isArray(row)) return;
    row.forEach((v, j) => {
      if (typeof v === 'number' && !Number.isFinite(v)) {
        fail({ fn, argument: 'dlogits', index: [i, j], got: v, summary: `dlogits[${i}][${j}] is ${v} ${where}`, misconception: misconception('dlogits', [i, j]) });
      }
    });
  });
}

// ─── Properties ──────────────────────────────────────────────────────────────

function softmaxAgainstReference(got: unknown, logits: Matrix, labels: number[], suspects: boolean): void {
  const want = softmaxCrossEntropyReference(logits, labels);
  const out = got as Partial<LossOut> | undefined;
  const n = logits.length;
  const onehot = oneHot(labels, logits[0].length);
  expectClose(out?.loss, want.loss, {
    fn: 'softmaxCrossEntropy', argument: 'loss', ...softmaxLossTol(logits),
    suspects: suspects ? [{ misconception: SUM_OVER_BATCH, value: () => n * want.loss }] : [],
  });
  expectClose(out?.dlogits, want.dlogits, {
    fn: 'softmaxCrossEntropy', argument: 'dlogits', ...softmaxGradTol(logits), shapeMisconception: GRAD_SHAPE,
    suspects: suspects ? [
      { misconception: GRAD_NOT_DIVIDED_BY_N, value: () => scaled(n, want.dlogits) },
      { misconception: MINUS_ONE_EVERYWHERE, value: () => want.dlogits.map((row, i) => row.map((v, j) => v - (1 - onehot[i][j]) / n)) },
      { misconception: GRAD_SIGN, value: () => scaled(-1, want.dlogits) },
    ] : [],
  });
}

function bceAgainstReference(got: unknown, logits: Matrix, targets: Matrix, suspects: boolean): void {
  const want = binaryCrossEntropyReference(logits, targets);
  const out = got as Partial<LossOut> | undefined;
  expectClose(out?.loss, want.loss, {
    fn: 'binaryCrossEntropyWithLogits', argument: 'loss', ...bceLossTol(logits),
    suspects: suspects ? reductionSuspects(want.loss, logits) : [],
  });
  expectClose(out?.dlogits, want.dlogits, {
    fn: 'binaryCrossEntropyWithLogits', argument: 'dlogits', ...bceGradTol(logits), shapeMisconception: GRAD_SHAPE,
    suspects: suspects ? gradReductionSuspects(want.dlogits, logits) : [],
  });
}

function focalAgainstReference(got: unknown, logits: Matrix, targets: Matrix, gamma: number, alpha: number, suspects: boolean): void {
  const want = focalLossReference(logits, targets, gamma, alpha);
  const out = got as Partial<LossOut> | undefined;
  const alphaBoth = () => focal64(logits, targets, gamma, () => alpha);
  expectClose(out?.loss, want.loss, {
    fn: 'focalLoss', argument: 'loss', ...focalLossTol(logits, gamma),
    suspects: suspects ? [{ misconception: ALPHA_BOTH_CLASSES, value: () => alphaBoth().loss }, ...reductionSuspects(want.loss, logits)] : [],
  });
  expectClose(out?.dlogits, want.dlogits, {
    fn: 'focalLoss', argument: 'dlogits', ...focalGradTol(logits, gamma), shapeMisconception: GRAD_SHAPE,
    suspects: suspects ? [
      { misconception: FACTOR_CONSTANT, value: () => focal64(logits, targets, gamma, (y) => (y === 1 ? alpha : 1 - alpha), true).dlogits },
      { misconception: ALPHA_BOTH_CLASSES, value: () => alphaBoth().dlogits },
      ...gradReductionSuspects(want.dlogits, logits),
    ] : [],
  });
}

/** What went wrong with a softmax-CE gradient row, judged from its sum s (a row of p − onehot sums to 0). */
function rowSumDiagnosis(s: number, n: number, c: number): string {
  const near = (target: number): boolean => Math.abs(s - target) <= 1e-9 * Math.max(1, Math.abs(target));
  const explain = 'each row of dlogits is (softmax(zᵢ) − onehot(yᵢ))/N, and softmax(zᵢ) and onehot(yᵢ) both sum to 1';
  if (near((1 - c) / n) || near(1 - c)) return `${MINUS_ONE_EVERYWHERE}; ${explain}`;
  if (near(1 / n) || near(1)) return `the one-hot label is never subtracted; ${explain}`;
  return explain;
}

/** Per-element losses and gradients from the learner's own BCE on 1×1 inputs. */
function learnerElementBce(kata: K, logits: Matrix, targets: Matrix): LossOut[][] {
  return logits.map((row, i) => row.map((z, j) => {
    const out = callLearner(kata, 'binaryCrossEntropyWithLogits', { logits: [[z]], targets: [[targets[i][j]]] }) as Partial<LossOut> | undefined;
    const loss = validateTensor(out?.loss, [], { fn: 'binaryCrossEntropyWithLogits', argument: 'loss' }) as number;
    const d = validateTensor(out?.dlogits, [1, 1], { fn: 'binaryCrossEntropyWithLogits', argument: 'dlogits' }) as Matrix;
    return { loss, dlogits: d };
  }));
}

export default defineGrader<K>([
  property({
    id: 'softmax-ce-matches-reference',
    name: 'softmax cross-entropy: loss and dlogits match the reference',
    points: 3,
    arbitrary: classification,
    check: (kata, { logits, labels }) => {
      softmaxAgainstReference(callLearner(kata, 'softmaxCrossEntropy', { logits, labels }), logits, labels, true);
    },
  }),
  property({
    id: 'softmax-ce-gradient-self-consistent',
    name: 'softmax cross-entropy: dlogits agrees with finite differences of your loss',
    points: 2,
    arbitrary: classification,
    check: (kata, { logits, labels }) => {
      const got = callLearner(kata, 'softmaxCrossEntropy', { logits, labels });
      checkGradient({
        fn: 'softmaxCrossEntropy', forwardName: 'your softmaxCrossEntropy loss', inputs: { logits },
        // logΣexp(z) − z_y cancels terms as large as M + log C, however small the loss.
        forwardScale: magnitude(logits) + Math.log(logits[0].length),
        forward: (x) => callLearner(kata, 'softmaxCrossEntropy', { logits: x.logits, labels })?.loss, dout: 1,
        gradients: { logits: got?.dlogits },
      });
    },
  }),
  property({
    id: 'softmax-ce-gradient-rows-sum-to-zero',
    name: 'softmax cross-entropy: every row of dlogits sums to 0',
    points: 1,
    arbitrary: classification,
    check: (kata, { logits, labels }) => {
      const { n, c } = sizes(logits);
      const got = callLearner(kata, 'softmaxCrossEntropy', { logits, labels });
      const d = validateTensor(got?.dlogits, [n, c], { fn: 'softmaxCrossEntropy', argument: 'dlogits' }) as Matrix;
      // Float64 on the learner's side only: the row's terms p/N and onehot/N total 2/N, and each p is
      // exp of a difference rounded relative to M.
      const bound = referenceTolerance({ precision: 'float64', ops: 2 * c + T + 4, condition: 2 * magnitude(logits) }) * (2 / n);
      d.forEach((row, i) => {
        const s = row.reduce((a, v) => a + v, 0);
        if (Math.abs(s) > bound) {
          fail({
            fn: 'softmaxCrossEntropy', argument: 'dlogits', index: [i], got: s, expected: 0, allowed: bound,
            summary: `dlogits row ${i} sums to ${fmt(s)}, not 0`, misconception: rowSumDiagnosis(s, n, c),
          });
        }
      });
    },
  }),
  property({
    id: 'softmax-ce-stable-large-logits',
    name: 'softmax cross-entropy: finite and correct for logits of ±1e3',
    points: 2,
    arbitrary: hugeClassification,
    check: (kata, { logits, labels }) => {
      const got = callLearner(kata, 'softmaxCrossEntropy', { logits, labels });
      expectFinite(got, 'softmaxCrossEntropy', 'for logits of magnitude 750…1000', () => SOFTMAX_OVERFLOW);
      softmaxAgainstReference(got, logits, labels, false);
    },
  }),
  property({
    id: 'bce-matches-reference',
    name: 'binary cross-entropy: loss and dlogits match the reference',
    points: 3,
    arbitrary: multiLabel,
    check: (kata, { logits, targets }) => {
      bceAgainstReference(callLearner(kata, 'binaryCrossEntropyWithLogits', { logits, targets }), logits, targets, true);
    },
  }),
  property({
    id: 'bce-gradient-self-consistent',
    name: 'binary cross-entropy: dlogits agrees with finite differences of your loss',
    points: 2,
    arbitrary: multiLabel,
    check: (kata, { logits, targets }) => {
      const got = callLearner(kata, 'binaryCrossEntropyWithLogits', { logits, targets });
      checkGradient({
        fn: 'binaryCrossEntropyWithLogits', forwardName: 'your binaryCrossEntropyWithLogits loss', inputs: { logits },
        forwardScale: magnitude(logits) + 1, // max(z, 0) − z·y cancels terms as large as M
        forward: (x) => callLearner(kata, 'binaryCrossEntropyWithLogits', { logits: x.logits, targets })?.loss, dout: 1,
        gradients: { logits: got?.dlogits },
      });
    },
  }),
  property({
    id: 'bce-stable-large-logits',
    name: 'binary cross-entropy: finite and correct for logits of ±1e3',
    points: 2,
    arbitrary: hugeMultiLabel,
    check: (kata, { logits, targets }) => {
      const got = callLearner(kata, 'binaryCrossEntropyWithLogits', { logits, targets });
      expectFinite(got, 'binaryCrossEntropyWithLogits', 'for logits of magnitude 750…1000', (arg) => (arg === 'loss' ? LOG_SIGMOID : SIGMOID_OVERFLOW));
      bceAgainstReference(got, logits, targets, false);
    },
  }),
  property({
    id: 'focal-matches-reference',
    name: 'focal loss: loss and dlogits match the reference',
    points: 3,
    arbitrary: focalInputs,
    check: (kata, { logits, targets, gamma, alpha }) => {
      focalAgainstReference(callLearner(kata, 'focalLoss', { logits, targets, gamma, alpha }), logits, targets, gamma, alpha, true);
    },
  }),
  property({
    id: 'focal-gradient-self-consistent',
    name: 'focal loss: dlogits agrees with finite differences of your loss',
    points: 2,
    arbitrary: focalInputs,
    check: (kata, { logits, targets, gamma, alpha }) => {
      const got = callLearner(kata, 'focalLoss', { logits, targets, gamma, alpha });
      checkGradient({
        fn: 'focalLoss', forwardName: 'your focalLoss loss', inputs: { logits },
        forwardScale: magnitude(logits) + 1, // as BCE: −log p_t may be written max(z, 0) − z·y + log1p(e^−|z|)
        forward: (x) => callLearner(kata, 'focalLoss', { logits: x.logits, targets, gamma, alpha })?.loss, dout: 1,
        gradients: { logits: got?.dlogits },
      });
    },
  }),
  property({
    id: 'focal-stable-large-logits',
    name: 'focal loss: finite and correct for logits of ±1e3 (γ = 0, 0.5, 2)',
    points: 2,
    numRuns: 15, // each run checks three γ against the reference: 45 comparisons
    arbitrary: fc.tuple(hugeMultiLabel, alphaArb).map(([m, alpha]) => ({ ...m, alpha })),
    check: (kata, { logits, targets, alpha }) => {
      // γ = 0 and γ < 1 are where (1 − p_t)^γ misbehaves once 1 − p_t rounds to 0.
      for (const gamma of [0, 0.5, 2]) {
        const got = callLearner(kata, 'focalLoss', { logits, targets, gamma, alpha });
        expectFinite(got, 'focalLoss', `for logits of magnitude 750…1000 and γ = ${gamma}`, (arg, [i, j]) => {
          const confidentlyRight = arg === 'dlogits' && (targets[i][j] === 1) === (logits[i][j] > 0);
          return confidentlyRight && gamma < 1 ? FOCAL_POWER : FOCAL_LOG;
        });
        focalAgainstReference(got, logits, targets, gamma, alpha, false);
      }
    },
  }),
  property({
    id: 'focal-gamma-zero-is-weighted-bce',
    name: 'focal loss with γ = 0 equals your α_t-weighted BCE',
    points: 2,
    arbitrary: fc.tuple(multiLabel, alphaArb).map(([m, alpha]) => ({ ...m, alpha })),
    check: (kata, { logits, targets, alpha }) => {
      const { count } = sizes(logits);
      const got = callLearner(kata, 'focalLoss', { logits, targets, gamma: 0, alpha });
      const bce = learnerElementBce(kata, logits, targets);
      const weighted = (weight: (y: number) => number): LossOut => ({
        loss: bce.flat().reduce((s, e, k) => s + weight(targets.flat()[k]) * e.loss, 0) / count,
        dlogits: bce.map((row, i) => row.map((e, j) => (weight(targets[i][j]) * e.dlogits[0][0]) / count)),
      });
      const alphaT = (y: number): number => (y === 1 ? alpha : 1 - alpha);
      const want = weighted(alphaT);
      const tol = learnerPair(count, magnitude(logits));
      const meaning = 'with γ = 0 the modulating factor (1 − p_t)^0 is 1, so focal loss is the α_t-weighted mean of BCE';
      explained(meaning, () => expectClose(got?.loss, want.loss, {
        fn: 'focalLoss', argument: 'loss', ...tol, scale: magnitude(logits) + 1,
        suspects: [
          { misconception: ALPHA_BOTH_CLASSES, value: () => weighted(() => alpha).loss },
          { misconception: `α_t is missing: ${meaning}`, value: () => weighted(() => 1).loss },
        ],
      }));
      explained(meaning, () => expectClose(got?.dlogits, want.dlogits, {
        fn: 'focalLoss', argument: 'dlogits', ...tol, scale: 1 / count, shapeMisconception: GRAD_SHAPE,
        suspects: [
          { misconception: ALPHA_BOTH_CLASSES, value: () => weighted(() => alpha).dlogits },
          { misconception: `α_t is missing: ${meaning}`, value: () => weighted(() => 1).dlogits },
        ],
      }));
    },
  }),
  property({
    id: 'focal-at-most-weighted-bce',
    name: 'focal loss never exceeds your α_t-weighted BCE, element by element',
    points: 1,
    arbitrary: fc.tuple(multiLabel, gammaArb, alphaArb).map(([m, gamma, alpha]) => ({ ...m, gamma, alpha })),
    check: (kata, { logits, targets, gamma, alpha }) => {
      const bce = learnerElementBce(kata, logits, targets);
      const eps = (z: number): number => referenceTolerance(learnerPair(1, Math.max(1, Math.abs(z))));
      let focalSum = 0;
      let bceSum = 0;
      logits.forEach((row, i) => row.forEach((z, j) => {
        const y = targets[i][j];
        const out = callLearner(kata, 'focalLoss', { logits: [[z]], targets: [[y]], gamma, alpha }) as Partial<LossOut> | undefined;
        const fl = validateTensor(out?.loss, [], { fn: 'focalLoss', argument: 'loss' }) as number;
        const weighted = (y === 1 ? alpha : 1 - alpha) * bce[i][j].loss;
        const allowed = eps(z) * (Math.abs(z) + 1);
        focalSum += fl;
        bceSum += weighted;
        if (fl > weighted + allowed) {
          fail({
            fn: 'focalLoss', argument: 'loss', index: [i, j], got: fl, expected: weighted, allowed,
            summary: `focal loss of element [${i}][${j}] alone (z = ${fmt(z)}, y = ${y}, γ = ${gamma}, α = ${alpha}) is ${fmt(fl)}, above its α_t-weighted BCE ${fmt(weighted)} by ${fmt(fl - weighted)}`,
            misconception: y === 0 && alpha > 0.5
              ? `${ALPHA_BOTH_CLASSES} (focal loss can only shrink α_t·BCE, since (1 − p_t)^γ lies in [0, 1])`
              : '(1 − p_t)^γ lies in [0, 1] for γ ≥ 0, so focal loss can only shrink α_t·BCE: check p_t = 1 − p and α_t = 1 − α for y = 0',
          });
        }
      }));
      const count = sizes(logits).count;
      const all = callLearner(kata, 'focalLoss', { logits, targets, gamma, alpha }) as Partial<LossOut> | undefined;
      const mean = validateTensor(all?.loss, [], { fn: 'focalLoss', argument: 'loss' }) as number;
      const allowed = referenceTolerance(learnerPair(count, magnitude(logits))) * (magnitude(logits) + 1);
      if (mean > bceSum / count + allowed) {
        fail({
          fn: 'focalLoss', argument: 'loss', got: mean, expected: bceSum / count, allowed,
          summary: `focal loss of the batch is ${fmt(mean)}, above the α_t-weighted BCE ${fmt(bceSum / count)} by ${fmt(mean - bceSum / count)} (element by element it was not: ${fmt(focalSum / count)})`,
          misconception: 'the batch reduction differs from the per-element one: both losses are means over all N·C elements',
        });
      }
    },
  }),
]);
