import fc from 'fast-check';
import type * as Kata from '../../katas/13-attention/attention';
import {
  callLearner, checkGradient, closeness, defineGrader, dim, expectClose, fail, flatten, fmt, GradingFailure, indexOf,
  mask, property, referenceTolerance, shapeOf, unflatten, validateTensor, type Nested, type Suspect, type ToleranceConstraints,
} from '../toolkit';
import {
  attentionBackwardReference, attentionReference, HIDDEN_SCORE, outputMagnitudes, referenceBudget, weightsReference,
} from './reference';

type K = typeof Kata;
type T4 = number[][][][];
type M2 = number[][];

interface Case {
  readonly Q: T4;
  readonly K: T4;
  readonly V: T4;
  readonly mask?: T4;
  readonly dout: T4;
}

// ---------------------------------------------------------------- inputs

interface CaseConstraints {
  /** Q and K entries in [−qk, qk]: 2 keeps scores (≤ 8) where softmax is not saturated, so the scale matters. */
  readonly qk?: number;
  readonly dkMin?: number;
  readonly SkMin?: number;
  /** 'maybe': a third of the cases have no mask. */
  readonly mask?: 'never' | 'maybe' | 'always';
}

/**
 * A 0/1 mask where about one row in four is hidden entirely (a fully hidden
 * row is the case the −1e9 convention is about), the rest random.
 */
function attentionMask(shape: readonly number[]): fc.Arbitrary<T4> {
  const rows = shape[0] * shape[1] * shape[2];
  const Sk = shape[3];
  return fc
    .tuple(mask(shape), fc.array(fc.integer({ min: 0, max: 3 }), { minLength: rows, maxLength: rows }))
    .map(([m, hide]) => unflatten(flatten(m).map((x, i) => (hide[Math.floor(i / Sk)] === 3 ? 0 : x)), shape) as T4);
}

/**
 * Entries on a grid of 1/1000 in [−r, r]: spread evenly, readable in a
 * counterexample, shrinking to 0. (The toolkit's boundedFloat draws over
 * float bit patterns: about 90% of its draws in [−2, 2] become 0 and most of
 * the rest sit at ±2, which leaves most Q all zero, and a Q of zeros hides
 * both the 1/√d_k scale and dK.)
 */
function gridTensor(shape: readonly number[], r: number): fc.Arbitrary<T4> {
  const n = shape.reduce((a, d) => a * d, 1);
  const entry = fc.integer({ min: -1000 * r, max: 1000 * r }).map((k) => k / 1000);
  return fc.array(entry, { minLength: n, maxLength: n }).map((flat) => unflatten(flat, shape) as T4);
}

/** Q [B,H,Sq,dk], K [B,H,Sk,dk], V [B,H,Sk,dv], dout [B,H,Sq,dv]: Sq ≠ Sk and dv ≠ dk are drawn freely. */
function attentionCase({ qk = 2, dkMin = 1, SkMin = 1, mask: masking = 'maybe' }: CaseConstraints = {}): fc.Arbitrary<Case> {
  return fc
    .tuple(dim({ max: 2 }), dim({ max: 2 }), dim({ max: 4 }), dim({ min: SkMin, max: 4 }), dim({ min: dkMin, max: 4 }), dim({ max: 4 }))
    .chain(([B, H, Sq, Sk, dk, dv]) => {
      const m = attentionMask([B, H, Sq, Sk]);
      return fc.record({
        Q: gridTensor([B, H, Sq, dk], qk),
        K: gridTensor([B, H, Sk, dk], qk),
        V: gridTensor([B, H, Sk, dv], 3),
        dout: gridTensor([B, H, Sq, dv], 3),
        mask: masking === 'never' ? fc.constant(undefined) : masking === 'always' ? m : fc.option(m, { nil: undefined, freq: 3 }),
      });
    });
}

/**
 * Scores of ±1e3: Q and K drawn in [−1, 1], the first query and key of head
 * (0, 0) set to all ones, then Q scaled so that their score is +target,
 * target ∈ [800, 2000]; no other score is larger in magnitude. exp(800)
 * overflows float64 (exp(x) = ∞ past x ≈ 709.8), so every case breaks a
 * softmax that does not subtract the row max.
 */
const largeScores: fc.Arbitrary<Case> = fc
  .tuple(attentionCase({ qk: 1, mask: 'never' }), fc.double({ min: 800, max: 2000, noNaN: true }))
  .map(([c, target]) => {
    const dk = c.Q[0][0][0].length;
    const Q = structuredClone(c.Q);
    const K = structuredClone(c.K);
    Q[0][0][0].fill(1);
    K[0][0][0].fill(1);
    const toTarget = target / Math.sqrt(dk);
    return { ...c, Q: Q.map((b) => b.map((h) => h.map((row) => row.map((x) => x * toTarget)))), K };
  });

/** A case and a permutation of `axis` ('Sq' or 'Sk'). */
function permutedCase(axis: 'Sq' | 'Sk'): fc.Arbitrary<{ c: Case; perm: number[] }> {
  return attentionCase().chain((c) => {
    const n = axis === 'Sq' ? c.Q[0][0].length : c.K[0][0].length;
    const ids = Array.from({ length: n }, (_, i) => i);
    return fc.record({ c: fc.constant(c), perm: fc.shuffledSubarray(ids, { minLength: n, maxLength: n }) });
  });
}

/** Every key of a head is the same vector: then out does not depend on Q. */
const equalKeys: fc.Arbitrary<Case> = attentionCase({ mask: 'never' }).map((c) => ({
  ...c, K: c.K.map((b) => b.map((h) => h.map(() => [...h[0]]))),
}));

// ------------------------------------------------- float64 and the mistakes

interface Mistake {
  /** The factor on Q·Kᵀ as a function of d_k (1/√d_k when right). */
  readonly scale?: (dk: number) => number;
  readonly maskAfterSoftmax?: boolean;
  readonly maskInverted?: boolean;
  readonly elementwiseSoftmaxBackward?: boolean;
  readonly gradientThroughHidden?: boolean;
}

interface Attention64 { weights: T4; out: T4; dQ: T4; dK: T4; dV: T4 }

/** Attention in float64, right or with one mistake: the suspects' values. */
function attention64(c: Case, mistake: Mistake = {}): Attention64 {
  const r: Attention64 = { weights: [], out: [], dQ: [], dK: [], dV: [] };
  c.Q.forEach((Qb, b) => {
    for (const key of Object.keys(r) as (keyof Attention64)[]) r[key].push([]);
    Qb.forEach((q, h) => {
      const head = head64(q, c.K[b][h], c.V[b][h], c.dout[b][h], c.mask?.[b][h], mistake);
      for (const key of Object.keys(r) as (keyof Attention64)[]) r[key][b].push(head[key]);
    });
  });
  return r;
}

function head64(q: M2, k: M2, v: M2, g: M2, m: M2 | undefined, x: Mistake): Record<keyof Attention64, M2> {
  const dk = q[0].length;
  const scale = x.scale ? x.scale(dk) : 1 / Math.sqrt(dk);
  const hidden = (i: number, j: number): boolean => m !== undefined && (m[i][j] === 0) !== (x.maskInverted === true);
  const weights = q.map((qi, i) => {
    const s = k.map((kj, j) => (hidden(i, j) && !x.maskAfterSoftmax ? HIDDEN_SCORE : scale * dot(qi, kj)));
    const p = softmax(s);
    return x.maskAfterSoftmax ? p.map((pj, j) => (hidden(i, j) ? 0 : pj)) : p;
  });
  const dP = matmul(g, transpose(v));
  const dS = weights.map((p, i) => p.map((pij, j) => {
    if (hidden(i, j) && !x.gradientThroughHidden) return 0;
    return x.elementwiseSoftmaxBackward ? pij * dP[i][j] : pij * (dP[i][j] - dot(p, dP[i]));
  }));
  return {
    weights,
    out: matmul(weights, v),
    dQ: matmul(dS, k).map((row) => row.map((y) => y * scale)),
    dK: matmul(transpose(dS), q).map((row) => row.map((y) => y * scale)),
    dV: matmul(transpose(weights), g),
  };
}

function softmax(s: readonly number[]): number[] {
  const max = Math.max(...s);
  const e = s.map((y) => Math.exp(y - max));
  const sum = e.reduce((a, y) => a + y, 0);
  return e.map((y) => y / sum);
}

function dot(a: readonly number[], b: readonly number[]): number {
  return a.reduce((s, y, i) => s + y * b[i], 0);
}

function matmul(A: M2, B: M2): M2 {
  return A.map((row) => B[0].map((_, j) => dot(row, B.map((r) => r[j]))));
}

function transpose(A: M2): M2 {
  return A[0].map((_, j) => A.map((row) => row[j]));
}

const times = (x: T4, c: number): T4 => x.map((b) => b.map((h) => h.map((row) => row.map((y) => y * c))));

// ---------------------------------------------------------------- messages

const SCALE_MISSING = 'the 1/√d_k scale looks missing: scores = Q·Kᵀ/√d_k, not Q·Kᵀ (without it the scores grow with d_k and the softmax saturates)';
const DIVIDED_BY_DK = 'the scores were divided by d_k instead of √d_k: the scale is 1/√d_k, which keeps the variance of q·k at about 1';
const MASK_AFTER = 'mask applied after the softmax: the hidden keys\' weights were zeroed without renormalising the row. masked_fill(mask == 0, −1e9) goes before the softmax, so the visible keys share all the weight';
const MASK_INVERTED = 'the mask looks inverted: here 0 means hidden (masked_fill(mask == 0, −1e9)); PyTorch\'s boolean attn_mask uses the opposite convention';
const NO_MAX_SUBTRACTION = 'softmax without subtracting the row max: exp of a score above ≈ 709 is ∞ in float64 and ∞/∞ is NaN. softmax(s) = softmax(s − max s), and then every exp is ≤ 1';
const ELEMENTWISE_BACKWARD = 'the softmax backward was treated as element-wise (dS = dP ⊙ P): the softmax Jacobian is diag(p) − p·pᵀ, so dS = P ⊙ (dP − Σₖ Pₖ·dPₖ) per row';
const HIDDEN_GRADIENT = 'a gradient flowed through hidden scores: masked_fill replaces them by the constant −1e9, so dS = 0 where mask == 0 (it shows in a row whose keys are all hidden, where the weights are uniform but must not depend on Q or K)';
const dScaleMissing = (d: 'dQ' | 'dK'): string =>
  `${d} is missing the 1/√d_k factor: S = Q·Kᵀ/√d_k, so ${d === 'dQ' ? 'dQ = dS·K/√d_k' : 'dK = dSᵀ·Q/√d_k'} (the scale forgotten in backward)`;

const rowName = (b: number, h: number, i: number): string => `row ${i} (batch ${b}, head ${h})`;

function forwardSuspects(c: Case, which: 'weights' | 'out'): Suspect[] {
  return [
    { misconception: SCALE_MISSING, value: () => attention64(c, { scale: () => 1 })[which] },
    { misconception: DIVIDED_BY_DK, value: () => attention64(c, { scale: (dk) => 1 / dk })[which] },
    { misconception: MASK_AFTER, value: () => attention64(c, { maskAfterSoftmax: true })[which] },
    { misconception: MASK_INVERTED, value: () => attention64(c, { maskInverted: true })[which] },
  ];
}

function gradientSuspects(c: Case, which: 'dQ' | 'dK'): Suspect[] {
  const root = Math.sqrt(c.Q[0][0][0].length);
  return [
    { misconception: ELEMENTWISE_BACKWARD, value: () => attention64(c, { elementwiseSoftmaxBackward: true })[which] },
    { misconception: dScaleMissing(which), value: () => times(attention64(c)[which], root) },
    { misconception: HIDDEN_GRADIENT, value: () => attention64(c, { gradientThroughHidden: true })[which] },
  ];
}

/**
 * Re-throws a non-finite value in the learner's output with the mistake that
 * makes one: in a fully hidden row, exp(−1e9) or exp(−∞) underflowing to
 * 0/0; where some score is above 700, exp overflowing.
 */
function validated(got: unknown, shape: number[], c: Case, argument: string): Nested {
  try {
    return validateTensor(got, shape, { fn: 'attentionForward', argument });
  } catch (err) {
    const d = err instanceof GradingFailure ? err.detail : undefined;
    if (!d || d.got === undefined || Number.isFinite(d.got) || !d.index) throw err;
    const [b, h, i] = d.index;
    if (c.mask?.[b][h][i].every((x) => x === 0)) {
      fail({
        ...d,
        summary: `${argument} in ${rowName(b, h, i)} is ${d.got}, and every key of that row is hidden`,
        misconception: 'a fully hidden row must come out uniform, 1/Sk per key: masked_fill(mask == 0, −1e9) makes all its scores equal, and softmax subtracts the row max before exp (exp(−1e9) alone underflows to 0, and 0/0 is NaN; so does a −∞ fill without a fallback)',
      });
    }
    if (largestScore(c) > 700) fail({ ...d, misconception: NO_MAX_SUBTRACTION });
    throw err;
  }
}

/** The largest visible score q·k/√d_k. */
function largestScore(c: Case): number {
  let top = -Infinity;
  c.Q.forEach((Qb, b) => Qb.forEach((q, h) => q.forEach((qi, i) => c.K[b][h].forEach((kj, j) => {
    if (c.mask?.[b][h][i][j] !== 0) top = Math.max(top, dot(qi, kj) / Math.sqrt(qi.length));
  }))));
  return top;
}

/** Runs a check; a failure gets `context` in front of its summary and `misconception` if it names none. */
function explained(context: string, misconception: string, check: () => void): void {
  try {
    check();
  } catch (err) {
    if (!(err instanceof GradingFailure)) throw err;
    fail({ ...err.detail, summary: `${context}: ${err.detail.summary}`, misconception: err.detail.misconception ?? misconception });
  }
}

// ---------------------------------------------------------------- helpers

function forward(kata: K, c: Case): { out: Nested; weights: Nested; cache: unknown } {
  const r = callLearner(kata, 'attentionForward', { Q: c.Q, K: c.K, V: c.V, mask: c.mask });
  if (r === null || typeof r !== 'object') {
    fail({ fn: 'attentionForward', summary: `attentionForward returned ${String(r)}; it should return { out, weights, cache }` });
  }
  return r;
}

const outShape = (c: Case): number[] => [...shapeOf(c.Q).slice(0, 3), shapeOf(c.V)[3]];
const weightsShape = (c: Case): number[] => [...shapeOf(c.Q).slice(0, 3), shapeOf(c.K)[2]];

/** The float64 tolerance between two learner runs: both sides round (tolerance.ts). */
function float64Budget(c: Case): ToleranceConstraints {
  const { ops, condition } = referenceBudget(c.Q, c.K, c.V, c.mask);
  return { ops: 2 * ops!, condition, precision: 'float64' };
}

function magnitudes(c: Case): ReturnType<typeof outputMagnitudes> {
  return outputMagnitudes(attention64(c).weights, c.Q, c.K, c.V, c.dout);
}

/** Permutes axis 2 (`rows`) or 3 (`cols`) of a [B, H, ·, ·] tensor: entry k of the result is entry perm[k]. */
const permuteRows = (x: T4, perm: number[]): T4 => x.map((b) => b.map((h) => perm.map((p) => h[p])));
const permuteCols = (x: T4, perm: number[]): T4 => x.map((b) => b.map((h) => h.map((row) => perm.map((p) => row[p]))));

/** Fails unless two learner outputs agree within float64 rounding, naming the first place they differ. */
function expectSame(got: Nested, want: Nested, eps: number, scale: number, what: { argument: string; summary: string; misconception: string }): void {
  const m = closeness(flatten(got), flatten(want), eps, scale);
  if (m.ratio <= 1) return;
  const index = indexOf(m.worst, shapeOf(want));
  fail({
    fn: 'attentionForward', argument: what.argument, index, got: m.got, expected: m.expected, allowed: m.bound,
    summary: `${what.summary}: ${what.argument}${index.map((i) => `[${i}]`).join('')} is ${fmt(m.got)}, expected ${fmt(m.expected)}`,
    misconception: what.misconception,
  });
}

// ---------------------------------------------------------------- grader

export default defineGrader<K>([
  property({
    id: 'weights-match-reference',
    name: 'weights match softmax(Q·Kᵀ/√d_k) of the reference',
    points: 2,
    arbitrary: attentionCase(),
    check: (kata, c) => {
      const got = validated(forward(kata, c).weights, weightsShape(c), c, 'weights');
      expectClose(got, weightsReference(c.Q, c.K, c.mask), {
        fn: 'attentionForward', argument: 'weights', ...referenceBudget(c.Q, c.K, c.V, c.mask),
        shapeMisconception: 'the weights have one row per query and one column per key: [B, H, Sq, Sk]',
        suspects: forwardSuspects(c, 'weights'),
      });
    },
  }),
  property({
    id: 'out-matches-reference',
    name: 'out matches the reference',
    points: 3,
    arbitrary: attentionCase(),
    check: (kata, c) => {
      const got = validated(forward(kata, c).out, outShape(c), c, 'out');
      expectClose(got, attentionReference(c.Q, c.K, c.V, c.mask), {
        fn: 'attentionForward', argument: 'out', ...referenceBudget(c.Q, c.K, c.V, c.mask), scale: magnitudes(c).out,
        shapeMisconception: 'out = weights·V has one row per query and d_v columns: [B, H, Sq, d_v]',
        suspects: forwardSuspects(c, 'out'),
      });
    },
  }),
  property({
    id: 'scale-is-one-over-sqrt-dk',
    name: 'scores are scaled by 1/√d_k',
    points: 1,
    // d_k ≥ 2 and Sk ≥ 2: with d_k = 1 every scale is right, with one key every weight is 1.
    arbitrary: attentionCase({ dkMin: 2, SkMin: 2, mask: 'never' }),
    check: (kata, c) => {
      const got = validated(forward(kata, c).weights, weightsShape(c), c, 'weights');
      expectClose(got, weightsReference(c.Q, c.K), {
        fn: 'attentionForward', argument: 'weights', ...referenceBudget(c.Q, c.K, c.V),
        suspects: forwardSuspects(c, 'weights').slice(0, 2),
      });
    },
  }),
  property({
    id: 'rows-sum-to-one',
    name: 'each row of weights sums to 1',
    points: 1,
    arbitrary: attentionCase({ mask: 'always' }),
    check: (kata, c) => {
      const w = validated(forward(kata, c).weights, weightsShape(c), c, 'weights') as T4;
      const Sk = c.K[0][0].length;
      const eps = referenceTolerance({ precision: 'float64', ops: 2 * Sk + 6 });
      w.forEach((wb, b) => wb.forEach((wh, h) => wh.forEach((row, i) => {
        const sum = row.reduce((s, x) => s + x, 0);
        if (Math.abs(sum - 1) <= eps) return;
        const hides = c.mask![b][h][i].some((x) => x === 0);
        fail({
          fn: 'attentionForward', argument: 'weights', index: [b, h, i], got: sum, expected: 1,
          summary: `weights in ${rowName(b, h, i)} do not sum to 1: they sum to ${fmt(sum)}`,
          misconception: hides && sum < 1 ? MASK_AFTER : 'softmax normalises each row over the keys (the last axis): wᵢⱼ = exp(sᵢⱼ)/Σₖ exp(sᵢₖ)',
        });
      })));
    },
  }),
  property({
    id: 'masked-keys-get-zero-weight',
    name: 'hidden keys get weight 0 and a fully hidden row is uniform',
    points: 2,
    arbitrary: attentionCase({ mask: 'always' }),
    check: (kata, c) => {
      const w = validated(forward(kata, c).weights, weightsShape(c), c, 'weights') as T4;
      const Sk = c.K[0][0].length;
      const eps = referenceTolerance({ precision: 'float64', ops: 2 * Sk + 6 });
      w.forEach((wb, b) => wb.forEach((wh, h) => wh.forEach((row, i) => {
        const m = c.mask![b][h][i];
        const allHidden = m.every((x) => x === 0);
        row.forEach((x, j) => {
          const want = allHidden ? 1 / Sk : m[j] === 0 ? 0 : undefined;
          if (want === undefined || Math.abs(x - want) <= eps) return;
          fail({
            fn: 'attentionForward', argument: 'weights', index: [b, h, i, j], got: x, expected: want,
            summary: allHidden
              ? `weights[${b}][${h}][${i}][${j}] is ${fmt(x)}, but every key of ${rowName(b, h, i)} is hidden, so the row is uniform: 1/${Sk}`
              : `weights[${b}][${h}][${i}][${j}] is ${fmt(x)}, but key ${j} is hidden from query ${i} (mask[${b}][${h}][${i}][${j}] = 0) and must get weight 0`,
            misconception: allHidden && row.every((y) => y === 0)
              ? MASK_AFTER
              : allHidden
              ? 'masked_fill(mask == 0, −1e9) replaces every score of a fully hidden row by the same −1e9, so its softmax is uniform; adding −1e9 to the scores instead keeps their differences'
              : x > 0 && m.some((y) => y === 1) && Math.abs(x - (attention64(c, { maskInverted: true }).weights[b][h][i][j])) <= eps
                ? MASK_INVERTED
                : 'a hidden key\'s score is −1e9 before the softmax, and exp(−1e9 − max) = 0',
          });
        });
      })));
    },
  }),
  property({
    id: 'keys-permutation-invariant',
    name: 'permuting keys and values together leaves out unchanged',
    points: 1,
    arbitrary: permutedCase('Sk'),
    check: (kata, { c, perm }) => {
      const base = validated(forward(kata, c).out, outShape(c), c, 'out');
      const moved: Case = { ...c, K: permuteRows(c.K, perm), V: permuteRows(c.V, perm), mask: c.mask && permuteCols(c.mask, perm) };
      const got = validated(forward(kata, moved).out, outShape(c), moved, 'out');
      expectSame(got, base, referenceTolerance(float64Budget(c)), magnitudes(c).out, {
        argument: 'out',
        summary: `after shuffling the keys by [${perm.join(', ')}] (the rows of K and V and the columns of the mask together), out changed`,
        misconception: 'attention treats the key/value pairs as a set: out = Σⱼ wᵢⱼ·vⱼ, with wᵢⱼ depending only on qᵢ, kⱼ and mask[i][j]. Is each weight paired with the value row of its own key?',
      });
    },
  }),
  property({
    id: 'queries-permutation-equivariant',
    name: 'permuting queries permutes the rows of out',
    points: 1,
    arbitrary: permutedCase('Sq'),
    check: (kata, { c, perm }) => {
      const base = validated(forward(kata, c).out, outShape(c), c, 'out') as T4;
      const moved: Case = { ...c, Q: permuteRows(c.Q, perm), dout: permuteRows(c.dout, perm), mask: c.mask && permuteRows(c.mask, perm) };
      const got = validated(forward(kata, moved).out, outShape(c), moved, 'out');
      expectSame(got, permuteRows(base, perm), referenceTolerance(float64Budget(c)), magnitudes(c).out, {
        argument: 'out',
        summary: `after shuffling the queries by [${perm.join(', ')}] (the rows of Q and of the mask), out's rows did not move the same way`,
        misconception: 'each query is attended independently: row i of out depends only on qᵢ, K, V and row i of the mask (no max or sum across queries)',
      });
    },
  }),
  property({
    id: 'stable-for-large-scores',
    name: 'stable for scores of ±1e3',
    points: 2,
    arbitrary: largeScores,
    check: (kata, c) => {
      const r = forward(kata, c);
      validated(r.weights, weightsShape(c), c, 'weights');
      const got = validated(r.out, outShape(c), c, 'out');
      // Scale max|V|, not the terms' magnitude: float32 flushes a weight like
      // exp(−340) to 0, an absolute error that only the values bound (out is
      // a convex combination of the rows of V).
      expectClose(got, attentionReference(c.Q, c.K, c.V), {
        fn: 'attentionForward', argument: 'out', ...referenceBudget(c.Q, c.K, c.V), scale: Math.max(...flatten(c.V).map(Math.abs)),
        suspects: forwardSuspects(c, 'out').slice(0, 2),
      });
    },
  }),
  property({
    id: 'backward-matches-reference',
    name: 'dQ, dK and dV match autodiff of the reference',
    points: 3,
    arbitrary: attentionCase(),
    check: (kata, c) => {
      const { cache } = forward(kata, c);
      const got = callLearner(kata, 'attentionBackward', { dout: c.dout, cache });
      const want = attentionBackwardReference(c.dout, c.Q, c.K, c.V, c.mask);
      const budget = referenceBudget(c.Q, c.K, c.V, c.mask);
      const mag = magnitudes(c);
      const shapeMisconception = 'a gradient has the shape of what it differentiates: dQ like Q, dK like K, dV like V';
      expectClose(got?.dV, want.dV, { fn: 'attentionBackward', argument: 'dV', ...budget, scale: mag.dV, shapeMisconception });
      expectClose(got?.dQ, want.dQ, { fn: 'attentionBackward', argument: 'dQ', ...budget, scale: mag.dQ, shapeMisconception, suspects: gradientSuspects(c, 'dQ') });
      expectClose(got?.dK, want.dK, { fn: 'attentionBackward', argument: 'dK', ...budget, scale: mag.dK, shapeMisconception, suspects: gradientSuspects(c, 'dK') });
    },
  }),
  property({
    id: 'backward-self-consistent',
    name: 'dQ, dK and dV agree with finite differences of your forward',
    points: 2,
    arbitrary: attentionCase(),
    check: (kata, c) => {
      const { out, cache } = forward(kata, c);
      const base = flatten(validated(out, outShape(c), c, 'out'));
      const got = callLearner(kata, 'attentionBackward', { dout: c.dout, cache });
      checkGradient({
        fn: 'attentionBackward',
        forwardName: 'your attentionForward',
        inputs: { Q: c.Q, K: c.K, V: c.V },
        // out − out(x₀) has the same gradient; differencing it element by
        // element keeps a large, unperturbed term of ⟨dout, out⟩ (a head that
        // does not depend on Q) from drowning a small slope in rounding.
        forward: (x) => {
          const moved = { ...c, Q: x.Q as T4, K: x.K as T4, V: x.V as T4 };
          return unflatten(flatten(validated(forward(kata, moved).out, outShape(c), moved, 'out')).map((y, i) => y - base[i]), outShape(c));
        },
        dout: c.dout,
        gradients: { Q: got?.dQ, K: got?.dK, V: got?.dV },
      });
    },
  }),
  property({
    id: 'dq-zero-for-equal-keys',
    name: 'dQ is 0 when every key is the same',
    points: 1,
    arbitrary: equalKeys,
    check: (kata, c) => {
      const { cache } = forward(kata, c);
      const got = callLearner(kata, 'attentionBackward', { dout: c.dout, cache });
      explained('with every key equal the weights are uniform whatever Q is, so out does not depend on Q and dQ = 0', ELEMENTWISE_BACKWARD, () => {
        expectClose(got?.dQ, attention64(c).dQ.map((b) => b.map((h) => h.map((row) => row.map(() => 0)))), {
          fn: 'attentionBackward', argument: 'dQ', ...float64Budget(c), scale: magnitudes(c).dQ,
          suspects: gradientSuspects(c, 'dQ').slice(0, 1),
        });
      });
    },
  }),
]);
