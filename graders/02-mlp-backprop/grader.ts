import fc from 'fast-check';
import type * as Kata from '../../katas/02-mlp-backprop/mlp-backprop';
import {
  callLearner, checkGradient, classLabels, defineGrader, dim, expectClose, fail, FD_STEP, FD_TOLERANCE, fmt,
  GradingFailure, mapNested, property, referenceTolerance, shapeOf, tensor, TRANSCENDENTAL_OPS, validateTensor,
  type CloseConstraints, type Nested, type Suspect,
} from '../toolkit';
import { mlpReference, type MlpReference } from './reference';

type K = typeof Kata;
type M = number[][];

interface Case {
  readonly x: M;
  readonly y: number[];
  readonly W1: M;
  readonly b1: number[];
  readonly W2: M;
  readonly b2: number[];
}

const GRADIENTS = ['dW1', 'db1', 'dW2', 'db2'] as const;
type GradientName = (typeof GRADIENTS)[number];
const PARAMETER = { dW1: 'W1', db1: 'b1', dW2: 'W2', db2: 'b2' } as const;

// ---- inputs ------------------------------------------------------------

/**
 * x in [−2, 2], W1 in [−½, ½], W2 in [−2, 2], biases in [−1, 1]:
 * pre-activations stay within |a1| ≤ 7, where σ′ ≥ 1e-3, so a wrong σ′ or a
 * skipped sigmoid shows; logits stay within ±13. Labels are any of C ≥ 2.
 */
const caseOf = (N: number, D: number, H: number, C: number): fc.Arbitrary<Case> =>
  fc.record({
    x: tensor([N, D], { min: -2, max: 2 }),
    y: classLabels(N, C),
    W1: tensor([H, D], { min: -0.5, max: 0.5 }),
    b1: tensor([H], { min: -1, max: 1 }),
    W2: tensor([C, H], { min: -2, max: 2 }),
    b2: tensor([C], { min: -1, max: 1 }),
  });

/** N, D, H from 1 to 6, C from 2 to 6. */
const batch = fc.tuple(dim(), dim(), dim(), dim({ min: 2 })).chain(([N, D, H, C]) => caseOf(N, D, H, C));

const singleExample = fc.tuple(dim(), dim(), dim({ min: 2 })).chain(([D, H, C]) => caseOf(1, D, H, C));

/**
 * Logits beyond ±1000 in every row. float64's exp overflows above 709.78, so
 * smaller logits would not expose an unstable softmax in learner code. W2 is
 * scaled by up to 100, then class 0 is pushed up and class 1 down by
 * `target` plus the largest logit, so every row has z[0] ≥ target and
 * z[1] ≤ −target; example 0 is labelled 1, the class whose probability
 * underflows to 0.
 */
const largeLogits = fc
  .tuple(batch, fc.double({ min: 1, max: 100, noNaN: true }), fc.double({ min: 1000, max: 2000, noNaN: true }))
  .map(([c, w, target]): Case => {
    const W2 = c.W2.map((row) => row.map((v) => v * w));
    const zMax = Math.max(...forward64({ ...c, W2 }).z.flat().map(Math.abs));
    const push = target + zMax;
    return { ...c, W2, b2: c.b2.map((v, k) => v + (k === 0 ? push : k === 1 ? -push : 0)), y: [1, ...c.y.slice(1)] };
  });

// ---- the net in float64: rounding scales and suspects -------------------

interface Forward64 {
  readonly A1: M; // Σ|x·W1| + |b1|: the size of the terms of a1
  readonly h: M;
  readonly z: M;
  readonly p: M;
  readonly lse: number[];
  readonly loss: number;
}

function forward64({ x, y, W1, b1, W2, b2 }: Case): Forward64 {
  const A1 = x.map((r) => W1.map((w, j) => w.reduce((s, v, d) => s + Math.abs(v * r[d]), Math.abs(b1[j]))));
  const h = x.map((r) => W1.map((w, j) => 1 / (1 + Math.exp(-w.reduce((s, v, d) => s + v * r[d], b1[j])))));
  const z = h.map((r) => W2.map((w, c) => w.reduce((s, v, j) => s + v * r[j], b2[c])));
  const lse = z.map((r) => {
    const m = Math.max(...r);
    return m + Math.log(r.reduce((s, v) => s + Math.exp(v - m), 0));
  });
  const p = z.map((r, n) => r.map((v) => Math.exp(v - lse[n])));
  const loss = z.reduce((s, r, n) => s + lse[n] - r[y[n]], 0) / z.length;
  return { A1, h, z, p, lse, loss };
}

/** The mistakes the suspects reproduce, each alone on top of the right backward. */
type Mistake = 'right' | 'no-mean' | 'first-row-bias' | 'sigma-plus' | 'skip-sigmoid';

function backward64({ x, y, W2 }: Case, { h, p }: Forward64, mistake: Mistake = 'right'): Record<GradientName, M | number[]> {
  const N = x.length;
  const scale = mistake === 'no-mean' ? 1 : 1 / N;
  const d2 = p.map((r, n) => r.map((v, c) => (v - (c === y[n] ? 1 : 0)) * scale));
  const sigmaPrime = (s: number): number => (mistake === 'sigma-plus' ? s * (1 + s) : mistake === 'skip-sigmoid' ? 1 : s * (1 - s));
  const d1 = d2.map((r, n) => h[n].map((s, j) => sigmaPrime(s) * r.reduce((t, v, c) => t + v * W2[c][j], 0)));
  const weight = (d: M, input: M): M => d[0].map((_, i) => input[0].map((_, k) => d.reduce((s, r, n) => s + r[i] * input[n][k], 0)));
  const bias = (d: M): number[] => (mistake === 'first-row-bias' ? d[0].slice() : d[0].map((_, i) => d.reduce((s, r) => s + r[i], 0)));
  return { dW1: weight(d1, x), db1: bias(d1), dW2: weight(d2, h), db2: bias(d2) };
}

/**
 * Float32 rounding in the reference grows with the size of the terms that
 * flow through it, not with the result (the loss log Σ exp(z) − z_y cancels,
 * and so do the sums over the batch in every gradient). First-order error
 * propagation through the net, in units of the rounding bound γ (tolerance.ts):
 * a1 errs by A1, h by σ′·A1 + h, z by Σ(h + err h)|W2| + |b2|, p by
 * p·(err z + max err z + |log p| + 2) (exp, then minus the one-hot), and
 * each gradient sums
 * |error of δ|·|input| + |δ|·|error of input| over the batch.
 */
function roundingScales({ x, y, W2, b2 }: Case, f: Forward64): { logits: number; loss: number } & Record<GradientName, number> {
  const N = x.length;
  const sp = f.h.map((r) => r.map((s) => s * (1 - s)));
  const hErr = f.h.map((r, n) => r.map((s, j) => sp[n][j] * f.A1[n][j] + s));
  const zErr = f.z.map((_, n) => W2.map((w, c) => w.reduce((s, v, j) => s + Math.abs(v) * (f.h[n][j] + hErr[n][j]), Math.abs(b2[c]))));
  const zErrMax = zErr.map((r) => Math.max(...r));
  const d2 = f.p.map((r, n) => r.map((v, c) => (v - (c === y[n] ? 1 : 0)) / N));
  const d2Err = f.p.map((r, n) => r.map((v, c) => (v * (zErr[n][c] + zErrMax[n] + Math.abs(f.z[n][c] - f.lse[n]) + 2) + (c === y[n] ? 1 : 0)) / N));
  const dh = d2.map((r) => W2[0].map((_, j) => r.reduce((s, v, c) => s + v * W2[c][j], 0)));
  const dhErr = d2Err.map((r) => W2[0].map((_, j) => r.reduce((s, v, c) => s + v * Math.abs(W2[c][j]), 0)));
  const d1Err = dh.map((r, n) => r.map((v, j) => dhErr[n][j] * sp[n][j] + Math.abs(v) * (Math.abs(1 - 2 * f.h[n][j]) * hErr[n][j] + sp[n][j])));
  // Σₙ |error of δ|·|input| + |δ|·|error of input|, the worst entry of δᵀ·input.
  const weight = (dErr: M, input: M, d?: M, inputErr?: M): number => Math.max(...dErr[0].flatMap((_, i) => input[0].map((_, k) => (
    dErr.reduce((s, r, n) => s + r[i] * Math.abs(input[n][k]) + (d && inputErr ? Math.abs(d[n][i]) * inputErr[n][k] : 0), 0)))));
  const bias = (dErr: M): number => Math.max(...dErr[0].map((_, i) => dErr.reduce((s, r) => s + r[i], 0)));
  return {
    logits: Math.max(...zErrMax),
    loss: f.z.reduce((s, r, n) => s + 2 * zErrMax[n] + Math.abs(f.lse[n]) + Math.abs(r[y[n]]), 0) / N,
    dW1: weight(d1Err, x),
    db1: bias(d1Err),
    dW2: weight(d2Err, f.h, d2, hErr),
    db2: bias(d2Err),
  };
}

/**
 * Longest rounding chain of one output: D + H + C + 2N steps of dot products
 * and sums (forward, softmax, the gradients' sums over the batch), five
 * transcendental ops (sigmoid's exp, log-sum-exp's exp and log, the softmax
 * gradient's exp, and one for σ′ = h(1 − h)) and about ten adds and products.
 */
const opsOf = ({ x, W1, W2 }: Case): number => W1[0].length + W1.length + W2.length + 2 * x.length + 5 * TRANSCENDENTAL_OPS + 10;

// ---- what the mistakes look like ---------------------------------------

const SUMMED_LOSS = 'the loss should be a mean over the batch (PyTorch\'s reduction=\'mean\'): this looks like the sum over the N examples';
const NO_MEAN = 'the cross-entropy gradient is not divided by the batch size N: the loss is a mean, so ∂loss/∂z = (softmax(z) − onehot(y)) / N';
const FIRST_ROW_BIAS = 'the bias gradient is not summed over the batch: every example uses the bias, so db = Σₙ δ[n], not the first row δ[0]';
const SIGMA_PLUS = 'the sigmoid derivative is σ′ = σ(1 − σ); this looks like σ(1 + σ)';
const SKIP_SIGMOID = 'the backward skips the sigmoid: δ1 = (δ2·W2) ⊙ σ′(a1) with σ′ = h(1 − h), not just δ2·W2';
const DW1_TRANSPOSED = 'dW1 is transposed: dW1 = δ1ᵀ·x has the shape of W1, [H, D] (PyTorch layout [out, in]); xᵀ·δ1 is its transpose';
const DW2_TRANSPOSED = 'dW2 is transposed: dW2 = δ2ᵀ·h has the shape of W2, [C, H] (PyTorch layout [out, in]); hᵀ·δ2 is its transpose';
const WEIGHT_SHAPE = 'a weight gradient has the shape of its weight: dW1 = δ1ᵀ·x is [H, D] like W1, dW2 = δ2ᵀ·h is [C, H] like W2 (xᵀ·δ1 is the transpose)';
const UNSTABLE = 'softmax without max-subtraction: exp(1000) overflows to ∞ (and ∞/∞ is NaN), or log of a probability that underflowed to 0 is −∞; '
  + 'compute log Σ exp(z) = m + log Σ exp(z − m) with m the row max, and log p = z − log Σ exp(z)';

const transposed = (A: Nested): Nested => (A as M)[0].map((_, j) => (A as M).map((r) => r[j]));

function suspectsFor(name: GradientName, c: Case, f: Forward64, want: Nested): Suspect[] {
  const mistaken = (m: Mistake): Suspect['value'] => () => backward64(c, f, m)[name];
  const list: Suspect[] = [{ misconception: NO_MEAN, value: mistaken('no-mean') }];
  if (name === 'db1' || name === 'db2') list.push({ misconception: FIRST_ROW_BIAS, value: mistaken('first-row-bias') });
  if (name === 'dW1' || name === 'db1') {
    list.push({ misconception: SIGMA_PLUS, value: mistaken('sigma-plus') }, { misconception: SKIP_SIGMOID, value: mistaken('skip-sigmoid') });
  }
  if (name === 'dW1') list.push({ misconception: DW1_TRANSPOSED, value: () => transposed(want) });
  if (name === 'dW2') list.push({ misconception: DW2_TRANSPOSED, value: () => transposed(want) });
  return list;
}

// ---- checks ------------------------------------------------------------

interface Run {
  readonly loss: unknown;
  readonly logits: unknown;
  readonly grads: Partial<Record<GradientName, unknown>>;
}

const paramsOf = ({ W1, b1, W2, b2 }: Case) => ({ W1, b1, W2, b2 });

function forward(kata: K, c: Case): { loss: unknown; logits: unknown; cache: unknown } {
  return callLearner(kata, 'mlpForward', { x: c.x, y: c.y, params: paramsOf(c) }) ?? {};
}

function run(kata: K, c: Case): Run {
  const { loss, logits, cache } = forward(kata, c);
  return { loss, logits, grads: callLearner(kata, 'mlpBackward', { cache }) ?? {} };
}

function expectForward(got: Run, c: Case, want: MlpReference, f: Forward64): void {
  const s = roundingScales(c, f);
  const ops = opsOf(c);
  expectClose(got.logits, want.logits, { fn: 'mlpForward', argument: 'logits', ops, scale: s.logits });
  expectClose(got.loss, want.loss, {
    fn: 'mlpForward', argument: 'loss', ops, scale: s.loss,
    suspects: [{ misconception: SUMMED_LOSS, value: () => f.loss * c.x.length }],
  });
}

function expectGradients(got: Run, c: Case, want: MlpReference, f: Forward64): void {
  const s = roundingScales(c, f);
  const ops = opsOf(c);
  for (const name of GRADIENTS) {
    expectClose(got.grads[name], want[name], {
      fn: 'mlpBackward', argument: name, ops, scale: s[name],
      shapeMisconception: name.startsWith('dW') ? WEIGHT_SHAPE : undefined,
      suspects: suspectsFor(name, c, f, want[name]),
    });
  }
}

const referenceOf = (c: Case): MlpReference => mlpReference(c.x, c.y, c.W2.length, paramsOf(c));

const repeatedTwice = (c: Case): Case => ({ ...c, x: [...c.x, ...c.x], y: [...c.y, ...c.y] });

/** The learner's value for the batch repeated twice must equal its value for the batch once. */
function expectUnchanged(twice: unknown, once: Nested, c: CloseConstraints): void {
  try {
    expectClose(twice, once, c);
  } catch (err) {
    if (!(err instanceof GradingFailure)) throw err;
    fail({ ...err.detail, summary: `with the batch repeated twice, ${err.detail.summary} (its value for the batch once)` });
  }
}

function expectFinite(value: unknown, fn: string, argument: string, zMax: number): void {
  const bad = (Array.isArray(value) ? (value.flat(2) as unknown[]) : [value]).find((v) => typeof v === 'number' && !Number.isFinite(v));
  if (bad !== undefined) {
    fail({ fn, argument, got: bad as number, summary: `${argument} from ${fn} contains ${bad} for logits up to ±${fmt(zMax)}`, misconception: UNSTABLE });
  }
}

export default defineGrader<K>([
  property({
    id: 'forward-matches-reference',
    name: 'logits and loss match the reference',
    points: 3,
    arbitrary: batch,
    check: (kata, c) => {
      expectForward({ ...forward(kata, c), grads: {} }, c, referenceOf(c), forward64(c));
    },
  }),
  property({
    id: 'gradients-match-reference',
    name: 'dW1, db1, dW2, db2 match autodiff of the reference',
    points: 4,
    arbitrary: batch,
    check: (kata, c) => {
      expectGradients(run(kata, c), c, referenceOf(c), forward64(c));
    },
  }),
  property({
    id: 'gradients-self-consistent',
    name: 'gradients agree with finite differences of your mlpForward',
    points: 3,
    arbitrary: batch,
    check: (kata, c) => {
      const { grads } = run(kata, c);
      checkGradient({
        // The loss cancels (log-sum-exp minus a logit): its rounding noise
        // scales with the terms, traced by roundingScales.
        forwardScale: roundingScales(c, forward64(c)).loss,
        fn: 'mlpBackward',
        forwardName: 'your mlpForward loss',
        inputs: paramsOf(c),
        forward: (p) => forward(kata, { ...c, ...(p as Pick<Case, 'W1' | 'b1' | 'W2' | 'b2'>) }).loss as Nested,
        dout: 1,
        gradients: { W1: grads.dW1, b1: grads.db1, W2: grads.dW2, b2: grads.db2 },
      });
    },
  }),
  property({
    id: 'single-example',
    name: 'a batch of one example matches the reference',
    points: 1,
    arbitrary: singleExample,
    check: (kata, c) => {
      const want = referenceOf(c);
      const f = forward64(c);
      const got = run(kata, c);
      expectForward(got, c, want, f);
      expectGradients(got, c, want, f);
    },
  }),
  property({
    id: 'loss-is-batch-mean',
    name: 'the loss is a mean: repeating the batch twice changes neither it nor its gradients',
    points: 2,
    arbitrary: batch,
    check: (kata, c) => {
      // Both sides are the learner's float64: only the order of roundings
      // differs, so the bound is float64's, over the size of the terms.
      const once = run(kata, c);
      const twice = run(kata, repeatedTwice(c));
      const s = roundingScales(c, forward64(c));
      const ops = opsOf(repeatedTwice(c));
      const loss = validateTensor(once.loss, [], { fn: 'mlpForward', argument: 'loss' }) as number;
      expectUnchanged(twice.loss, loss, {
        fn: 'mlpForward', argument: 'loss', precision: 'float64', ops, scale: s.loss,
        suspects: [{ misconception: SUMMED_LOSS, value: () => 2 * loss }],
      });
      for (const name of GRADIENTS) {
        const g = validateTensor(once.grads[name], shapeOf(c[PARAMETER[name]]), { fn: 'mlpBackward', argument: name });
        const bias = name === 'db1' || name === 'db2';
        expectUnchanged(twice.grads[name], g, {
          fn: 'mlpBackward', argument: name, precision: 'float64', ops, scale: s[name],
          suspects: [
            { misconception: NO_MEAN, value: () => mapNested(g, (v) => 2 * v) },
            // δ rows are divided by 2N but only the first is kept: half the value.
            ...(bias ? [{ misconception: FIRST_ROW_BIAS, value: () => mapNested(g, (v) => v / 2) }] : []),
          ],
        });
      }
    },
  }),
  property({
    id: 'stable-for-large-logits',
    name: 'loss and gradients stay finite and right for logits of ±1000 and more',
    points: 2,
    arbitrary: largeLogits,
    check: (kata, c) => {
      const f = forward64(c);
      const zMax = Math.max(...f.z.flat().map(Math.abs));
      const { loss, logits, cache } = forward(kata, c);
      expectFinite(loss, 'mlpForward', 'loss', zMax);
      const grads = callLearner(kata, 'mlpBackward', { cache }) ?? {};
      for (const name of GRADIENTS) expectFinite(grads[name], 'mlpBackward', name, zMax);
      const want = referenceOf(c);
      expectForward({ loss, logits, grads }, c, want, f);
      expectGradients({ loss, logits, grads }, c, want, f);
    },
  }),
]);
