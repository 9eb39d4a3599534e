import { type Tensor64, tensor64 } from '../kit/tensor';
import { callLearner, mistake, probe } from '../kit/toolkit';
import { belowCases, clippedCases, type Grads, type K, nonFiniteCases, normCases, valueCases } from './cases';
import { flatGrads } from './flatGrads';
import m from './misconceptions';
import { clipNorm64, clipValue64, concat, type NormCase, type ValueCase } from './oracle';

// Each mistake as what code that makes it returns, in plain float64 from
// the definitions (the slips of the misconceptions), against the oracle's truth.

const squares = (g: readonly number[]): number => g.reduce((s, v) => s + v * v, 0);
const sumOfSquares = (grads: Grads): number => grads.reduce((s, g) => s + squares(g), 0);
const elements = (grads: Grads): number => grads.reduce((n, g) => n + g.length, 0);

/** The grads, concatenated, scaled by min(1, maxNorm/t) where t > maxNorm (a NaN t too: NaN > x is false, maxNorm/NaN is not). */
const scaledBy = ({ grads, maxNorm }: NormCase, t: number): number[] =>
  concat(grads).map((v) => (t > maxNorm || Number.isNaN(t) ? v * (maxNorm / t) : v));

/** The truth: the oracle where T is finite and non-zero; T = 0, NaN or ∞ leave the grads exactly as they are. */
export function normTruth(c: NormCase): { totalNorm: Tensor64; grads: Tensor64 } {
  const t = Math.sqrt(sumOfSquares(c.grads));
  if (t === 0 || !Number.isFinite(t)) {
    return { totalNorm: tensor64(t, { exact: true }), grads: tensor64(concat(c.grads), { exact: true }) };
  }
  const { totalNorm, grads } = clipNorm64(c);
  return { totalNorm, grads };
}

const norm = probe<K, NormCase>({
  cases: normCases,
  observe: (kata, { grads, maxNorm }) => {
    const out = callLearner(kata, 'clipGradNorm', { grads, maxNorm });
    return { totalNorm: out?.totalNorm, grads: flatGrads(out?.grads, grads) };
  },
  truth: normTruth,
});

// Called directly on a copy: what clipGradNorm does to its input is the observation.
const inPlace = probe<K, NormCase>({
  cases: clippedCases,
  observe: (kata, { grads, maxNorm }) => {
    const input = grads.map((g) => [...g]);
    kata.clipGradNorm(input, maxNorm);
    return { input: concat(input) };
  },
  truth: ({ grads }) => ({ input: tensor64(concat(grads), { exact: true }) }),
});

const value = probe<K, ValueCase>({
  cases: valueCases,
  observe: (kata, { grads, clipValue }) => ({
    out: flatGrads(callLearner(kata, 'clipGradValue', { grads, clipValue }), grads),
  }),
  truth: clipValue64,
});

/** A mistake in how T is computed: T itself and the grads scaled by it. */
const normAs = (t: (grads: Grads) => number) => (c: NormCase) => {
  const wrong = t(c.grads);
  return { totalNorm: wrong, grads: scaledBy(c, wrong) };
};

export const perTensorNorm = mistake(
  norm,
  m['per-tensor-norm'],
  ({ grads, maxNorm }) => ({
    grads: grads.flatMap((g) => {
      const own = Math.sqrt(squares(g));
      return own > maxNorm ? g.map((v) => v * (maxNorm / own)) : g;
    }),
  }),
  clippedCases,
);
export const sumOfNorms = mistake(
  norm,
  m['sum-of-norms'],
  normAs((grads) => grads.reduce((s, g) => s + Math.sqrt(squares(g)), 0)),
  clippedCases,
);
export const squaredNorm = mistake(norm, m['squared-norm'], normAs(sumOfSquares));
export const rmsNorm = mistake(
  norm,
  m['rms-norm'],
  normAs((grads) => Math.sqrt(sumOfSquares(grads) / elements(grads))),
);
export const scalesUp = mistake(
  norm,
  m['scales-up'],
  (c) => ({ grads: concat(c.grads).map((v) => v * (c.maxNorm / Math.sqrt(sumOfSquares(c.grads)))) }),
  belowCases,
);
export const postClipNorm = mistake(
  norm,
  m['post-clip-norm'],
  (c) => ({ totalNorm: Math.min(Math.sqrt(sumOfSquares(c.grads)), c.maxNorm) }),
  clippedCases,
);
export const nonFiniteScaled = mistake(
  norm,
  m['non-finite-scaled'],
  (c) => ({ grads: scaledBy(c, Math.sqrt(sumOfSquares(c.grads))) }),
  nonFiniteCases,
);
export const clipsInPlace = mistake(inPlace, m['clips-in-place'], (c) => ({ input: clipNorm64(c).grads }));

/** Every clipGradNorm mistake: each is named only where the learner's own code is shown to make it. */
export const normMistakes = [
  perTensorNorm,
  sumOfNorms,
  squaredNorm,
  rmsNorm,
  scalesUp,
  postClipNorm,
  nonFiniteScaled,
  clipsInPlace,
];

export const valueMistakes = [
  mistake(value, m['value-upper-only'], ({ grads, clipValue }) => ({
    out: concat(grads).map((v) => Math.min(v, clipValue)),
  })),
];
