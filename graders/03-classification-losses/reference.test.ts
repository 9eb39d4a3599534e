import { describe, expect, it } from 'vitest';
import { seededRng } from '../../katas/lib/rng';
import { startReference } from '../kit/backends/startReference';
import { checkReference } from '../kit/toolkit';
import type { Classification, FocalCase, Matrix, MultiLabel } from './cases';
import { bce64, focal64, softmaxCe64 } from './oracle';
import { binaryCrossEntropyReference, focalLossReference, softmaxCrossEntropyReference } from './reference';

const reference = startReference('cpu');

/** Hand-picked: ties at 0, a confident row, ±1000 both ways, a near tie at 1000, mixed magnitudes. */
const logits: Matrix[] = [
  [[0, 0]],
  [
    [2, -1, 0.5],
    [-3, 4, 1],
    [0, 0, 9],
  ],
  [
    [1000, -1000],
    [-1000, 1000],
    [1000, 999],
  ],
  [
    [-7.5, 3.25],
    [8, -0.125],
  ],
  [[10, -10, 10, -10]],
];
const labels: number[][] = [[0], [0, 2, 2], [1, 1, 1], [1, 0], [0]];
const targets: Matrix[] = [
  [[1, 0]],
  [
    [1, 0, 1],
    [0, 1, 0],
    [1, 1, 0],
  ],
  [
    [0, 1],
    [0, 1],
    [1, 0],
  ],
  [
    [1, 1],
    [0, 0],
  ],
  [[1, 0, 0, 1]],
];

// Seeded random cases at several magnitudes, ±750…1000 included: the bounds
// must hold for tfjs wherever the grader draws its inputs, not only on the
// hand-picked ones (as kit/backends/boundsHold.test.ts does for single ops).
const rng = seededRng(20260303);
const draw = (n: number, c: number, scale: number): Matrix =>
  Array.from({ length: n }, () => Array.from({ length: c }, () => (2 * rng() - 1) * scale));
const huge = (n: number, c: number): Matrix =>
  draw(n, c, 1).map((row) => row.map((v) => Math.sign(v) * (750 + 250 * Math.abs(v))));
const randomLogits: Matrix[] = [1e-3, 1, 10, 10, 10].flatMap((scale) =>
  Array.from({ length: 4 }, () => draw(1 + Math.floor(rng() * 4), 2 + Math.floor(rng() * 4), scale)),
);
randomLogits.push(huge(3, 4), huge(2, 5));
const allLogits = [...logits, ...randomLogits];
const randomLabels = (z: Matrix): number[] => z.map((row) => Math.floor(rng() * row.length));
const randomTargets = (z: Matrix): Matrix => z.map((row) => row.map(() => (rng() < 0.5 ? 0 : 1)));

const classification: Classification[] = allLogits.map((z, k) => ({
  logits: z,
  labels: labels[k] ?? randomLabels(z),
}));
const multiLabel: MultiLabel[] = allLogits.map((z, k) => ({ logits: z, targets: targets[k] ?? randomTargets(z) }));
const focal: FocalCase[] = [
  [0, 0.25],
  [0.5, 0.75],
  [1, 0],
  [2, 0.25],
  [5, 0.9],
  [0.013, 0.6],
].flatMap(([gamma, alpha]) => multiLabel.map((m) => ({ ...m, gamma, alpha })));

const lossGradient = { dlogits: { input: 'logits', output: 'loss' } } as const;

describe('classification-losses reference', () => {
  it('matches hand-checked values', () => {
    const ce = softmaxCrossEntropyReference(reference, [[0, 0]], [0]);
    expect(ce.loss).toBeCloseTo(Math.LN2, 6);
    expect(ce.dlogits).toEqual([[-0.5, 0.5]]);
    const bce = binaryCrossEntropyReference(reference, [[0, 0]], [[1, 0]]);
    expect(bce.loss).toBeCloseTo(Math.LN2, 6);
    expect(bce.dlogits).toEqual([[-0.25, 0.25]]); // (σ(0) − y)/(N·C), N·C = 2: also proves the kink of |z| at 0 is harmless
    // z = 0, y = 1, γ = 2, α = 0.25: FL = 0.25·0.5²·ln 2 and ∂FL/∂z = 0.25·(2·0.25·0.5·(−ln 2) − 0.5³).
    const fl = focalLossReference(reference, [[0]], [[1]], 2, 0.25);
    expect(fl.loss).toBeCloseTo(0.0625 * Math.LN2, 6);
    expect(fl.dlogits[0][0]).toBeCloseTo(0.25 * (-0.25 * Math.LN2 - 0.125), 6);
  });

  it('reduces by the mean: over the batch for softmax CE, over every element for BCE and focal', () => {
    const z = [
      [2, -1, 0.5],
      [-3, 4, 1],
    ];
    const y = [
      [1, 0, 1],
      [0, 1, 0],
    ];
    const rows = [...z, ...z];
    const cols = z.map((row) => [...row, ...row]);
    const colsY = y.map((row) => [...row, ...row]);
    expect(softmaxCrossEntropyReference(reference, rows, [0, 2, 0, 2]).loss).toBeCloseTo(
      softmaxCrossEntropyReference(reference, z, [0, 2]).loss,
      5,
    );
    expect(binaryCrossEntropyReference(reference, cols, colsY).loss).toBeCloseTo(
      binaryCrossEntropyReference(reference, z, y).loss,
      5,
    );
    expect(focalLossReference(reference, cols, colsY, 2, 0.25).loss).toBeCloseTo(
      focalLossReference(reference, z, y, 2, 0.25).loss,
      5,
    );
  });

  it('softmax cross-entropy and its custom gradient agree with the oracle within its bounds; the oracle with its own central differences', () => {
    const margin = checkReference(reference, {
      name: 'softmaxCrossEntropy',
      cases: classification,
      reference: (r, c) => softmaxCrossEntropyReference(r, c.logits, c.labels),
      oracle: softmaxCe64,
      gradients: lossGradient,
    });
    expect(margin.reference).toBeLessThan(1);
    expect(margin.oracleGradients).toBeLessThan(1);
  });

  it('binary cross-entropy and its autodiff agree with the oracle within its bounds; the oracle with its own central differences', () => {
    const margin = checkReference(reference, {
      name: 'binaryCrossEntropyWithLogits',
      cases: multiLabel,
      reference: (r, c) => binaryCrossEntropyReference(r, c.logits, c.targets),
      oracle: bce64,
      gradients: lossGradient,
    });
    expect(margin.reference).toBeLessThan(1);
    expect(margin.oracleGradients).toBeLessThan(1);
  });

  it('focal loss and its autodiff agree with the oracle within its bounds for γ from 0 to 5; the oracle with its own central differences', () => {
    const margin = checkReference(reference, {
      name: 'focalLoss',
      cases: focal,
      reference: (r, c) => focalLossReference(r, c.logits, c.targets, c.gamma, c.alpha),
      oracle: focal64,
      gradients: lossGradient,
    });
    expect(margin.reference).toBeLessThan(1);
    expect(margin.oracleGradients).toBeLessThan(1);
  });

  it('focal gradients stay finite at ±1000 for every γ (no pow(0, γ) trap)', () => {
    for (const gamma of [0, 0.5, 1, 2]) {
      const { loss, dlogits } = focalLossReference(
        reference,
        [
          [1000, -1000],
          [-1000, 1000],
        ],
        [
          [1, 1],
          [0, 0],
        ],
        gamma,
        0.25,
      );
      expect(Number.isFinite(loss)).toBe(true);
      expect(dlogits.flat().every(Number.isFinite)).toBe(true);
    }
  });
});
