import { describe, expect, it } from 'vitest';
import { seededRng } from '../../katas/lib/rng';
import { startReference } from '../kit/backends/startReference';
import { checkReference } from '../kit/toolkit';
import type { HuberCase, Matrix, Regression } from './cases';
import { huber64, mse64 } from './oracle';
import { huberReference, mseReference } from './reference';

const reference = startReference('cpu');

/** Hand-picked: a zero residual (abs′(0) = −1 in tfjs), both signs, mixed magnitudes, one row, one column. */
const fixed: Regression[] = [
  { pred: [[0, 1]], target: [[0, -1]] },
  {
    pred: [
      [2, -1, 0.5],
      [-3, 4, 1],
    ],
    target: [
      [1.5, 1, 0.5],
      [3, -4, 1.25],
    ],
  },
  { pred: [[10], [-10], [0.001]], target: [[-10], [10], [0]] },
];

// Seeded random cases at several magnitudes: the bounds must hold for tfjs
// wherever the grader draws its inputs, not only on the hand-picked ones.
const rng = seededRng(20260404);
const draw = (n: number, d: number, scale: number): Matrix =>
  Array.from({ length: n }, () => Array.from({ length: d }, () => (2 * rng() - 1) * scale));
const random: Regression[] = [1e-3, 1, 10, 10, 1000].flatMap((scale) =>
  Array.from({ length: 4 }, () => {
    const n = 1 + Math.floor(rng() * 4);
    const d = 1 + Math.floor(rng() * 4);
    return { pred: draw(n, d, scale), target: draw(n, d, scale) };
  }),
);
const regression = [...fixed, ...random];
const huber: HuberCase[] = [0.1, 0.37, 1, 2.5, 1e3].flatMap((delta) => regression.map((c) => ({ ...c, delta })));

/** Residuals exactly at ±δ (both branches meet there) and a hair either side, exact in float32: no finite differences across the kink. */
const kink: HuberCase[] = [0.5, 1, 3.25].map((delta) => ({
  pred: [[delta, -delta, 1 + delta * (1 + 2 ** -10), 1 - delta * (1 - 2 ** -10)]],
  target: [[0, 0, 1, 1]],
  delta,
}));

const lossGradient = { dpred: { input: 'pred', output: 'loss' } } as const;

describe('regression-losses reference', () => {
  it('matches hand-checked values', () => {
    // r = [0, 2]: MSE = (0 + 4)/2 = 2, dpred = 2r/2 = [0, 2].
    const m = mseReference(reference, [[0, 1]], [[0, -1]]);
    expect(m.loss).toBeCloseTo(2, 6);
    expect(m.dpred).toEqual([[0, 2]]);
    // r = [0.5, −3], δ = 1: ℓ = [0.125, 1·(3 − 0.5)] = [0.125, 2.5], mean 1.3125; dpred = [0.5, −1]/2.
    const h = huberReference(reference, [[0.5, -3]], [[0, 0]], 1);
    expect(h.loss).toBeCloseTo(1.3125, 6);
    expect(h.dpred).toEqual([[0.25, -0.5]]);
    // At r = δ = 2 exactly: ℓ = δ²/2 = 2 from either branch, dpred = δ/1 = 2 (minimum′ sends it to |r|).
    const k = huberReference(reference, [[2]], [[0]], 2);
    expect(k.loss).toBe(2);
    expect(k.dpred).toEqual([[2]]);
  });

  it("reduces by the mean over every element, as PyTorch's reduction='mean'", () => {
    const p = [
      [2, -1, 0.5],
      [-3, 4, 1],
    ];
    const t = [
      [1, 1, 1],
      [0, 0, 0],
    ];
    // Repeating the elements along either axis keeps a mean over every element and changes a sum or a mean over rows.
    const rows = (x: Matrix) => [...x, ...x];
    const cols = (x: Matrix) => x.map((row) => [...row, ...row]);
    for (const tile of [rows, cols]) {
      expect(mseReference(reference, tile(p), tile(t)).loss).toBeCloseTo(mseReference(reference, p, t).loss, 5);
      expect(huberReference(reference, tile(p), tile(t), 1.5).loss).toBeCloseTo(
        huberReference(reference, p, t, 1.5).loss,
        5,
      );
    }
    const elements = p.flat().length;
    const sumOfSquares = p.flat().reduce((s, v, k) => s + (v - t.flat()[k]) ** 2, 0);
    expect(mseReference(reference, p, t).loss).toBeCloseTo(sumOfSquares / elements, 5);
  });

  it('MSE and its autodiff agree with the oracle within its bounds; the oracle with its own central differences', () => {
    const margin = checkReference(reference, {
      name: 'mse',
      cases: regression,
      reference: (r, c) => mseReference(r, c.pred, c.target),
      oracle: mse64,
      gradients: lossGradient,
    });
    expect(margin.reference).toBeLessThan(1);
    expect(margin.oracleGradients).toBeLessThan(1);
  });

  it('Huber and its autodiff agree with the oracle within its bounds for δ from 0.1 to 1000; the oracle with its own central differences', () => {
    const margin = checkReference(reference, {
      name: 'huber',
      cases: huber,
      reference: (r, c) => huberReference(r, c.pred, c.target, c.delta),
      oracle: huber64,
      gradients: lossGradient,
    });
    expect(margin.reference).toBeLessThan(1);
    expect(margin.oracleGradients).toBeLessThan(1);
  });

  it('Huber and its autodiff agree with the oracle at |r| = δ and either side of it', () => {
    const margin = checkReference(reference, {
      name: 'huber at the kink',
      cases: kink,
      reference: (r, c) => huberReference(r, c.pred, c.target, c.delta),
      oracle: huber64,
    });
    expect(margin.reference).toBeLessThan(1);
  });
});
