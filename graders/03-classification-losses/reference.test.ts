import { describe, expect, it } from 'vitest';
import { checkReference, type Nested, type ToleranceConstraints } from '../kit/toolkit';
import {
  binaryCrossEntropyReference,
  focalLossReference,
  type LossReference,
  softmaxCrossEntropyReference,
} from './reference';
import { tolerances } from './tolerances';

// Plain float64 definitions, written from the formulas (not from the
// solution): the reference wrappers must agree with them, reductions
// included, within the budgets the grader derives for the same inputs.

type M = number[][];
const log1pexp = (x: number): number => (x > 0 ? x + Math.log1p(Math.exp(-x)) : Math.log1p(Math.exp(x)));
const mean = (xs: number[]): number => xs.reduce((a, b) => a + b, 0) / xs.length;

const softmaxCe64 = (z: Nested, labels: Nested): Nested =>
  mean(
    (z as M).map((row, i) => {
      const m = Math.max(...row);
      return m + Math.log(row.reduce((s, v) => s + Math.exp(v - m), 0)) - row[(labels as number[])[i]];
    }),
  );

const bce64 = (z: Nested, y: Nested): Nested =>
  mean(
    (z as M).flatMap((row, i) =>
      row.map((v, j) => {
        const t = (y as M)[i][j];
        return t * log1pexp(-v) + (1 - t) * log1pexp(v); // −y·log σ(z) − (1 − y)·log(1 − σ(z))
      }),
    ),
  );

const focal64 =
  (gamma: number, alpha: number) =>
  (z: Nested, y: Nested): Nested =>
    mean(
      (z as M).flatMap((row, i) =>
        row.map((v, j) => {
          const t = (y as M)[i][j];
          const logPt = -(t === 1 ? log1pexp(-v) : log1pexp(v));
          const oneMinusPt = 1 / (1 + Math.exp(t === 1 ? v : -v));
          return -(t === 1 ? alpha : 1 - alpha) * oneMinusPt ** gamma * logPt;
        }),
      ),
    );

/** Hand-picked: ties at 0, a confident row, ±1000 both ways, a near tie at 1000, mixed magnitudes. */
const logits: M[] = [
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
const targets: M[] = [
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

type Budget = ToleranceConstraints & { scale?: number };

/**
 * Each case under its own budgets, as the grader derives them for it: the
 * loss as a value, then dlogits against float64 central differences of the
 * loss with the grader's scale (p − onehot cancels terms of size 1/N,
 * however small the gradient); that second call rechecks the loss too,
 * under the gradient's budget (checkReference scales `gradientScale` by the
 * random upstream |dy|, so the bound is the grader's).
 */
function prove(
  name: string,
  ref: (z: M, y: Nested) => LossReference,
  float64: (z: Nested, y: Nested) => Nested,
  cases: Nested[],
  tol: (z: M) => [Budget, Budget],
): void {
  logits.forEach((z, k) => {
    const [loss, grad] = tol(z);
    const where = `${name}, logits ${JSON.stringify(z)}`;
    const lossScale = loss.scale === undefined ? undefined : () => loss.scale!;
    const value = checkReference({
      ...loss,
      name: `${where}: loss`,
      cases: [[z, cases[k]]],
      float64,
      value: (x, y) => ref(x as M, y).loss,
      scale: lossScale,
    });
    const gradient = checkReference({
      ...grad,
      name: `${where}: dlogits`,
      cases: [[z, cases[k]]],
      float64,
      value: (x, y) => ref(x as M, y).loss,
      scale: lossScale,
      vjp: ([x, y], dy) => [ref(x as M, y).dlogits.map((row) => row.map((v) => (dy as number) * v))],
      differentiable: [0],
      gradientScale: () => grad.scale!,
    });
    expect(value.value).toBeLessThan(1);
    expect(gradient.gradients).toBeLessThan(1);
  });
}

describe('classification-losses reference', () => {
  it('matches hand-checked values', () => {
    const ce = softmaxCrossEntropyReference([[0, 0]], [0]);
    expect(ce.loss).toBeCloseTo(Math.LN2, 6);
    expect(ce.dlogits).toEqual([[-0.5, 0.5]]);
    const bce = binaryCrossEntropyReference([[0, 0]], [[1, 0]]);
    expect(bce.loss).toBeCloseTo(Math.LN2, 6);
    expect(bce.dlogits).toEqual([[-0.25, 0.25]]); // (σ(0) − y)/(N·C), N·C = 2: also proves the kink of |z| at 0 is harmless
    // z = 0, y = 1, γ = 2, α = 0.25: FL = 0.25·0.5²·ln 2 and ∂FL/∂z = 0.25·(2·0.25·0.5·(−ln 2) − 0.5³).
    const fl = focalLossReference([[0]], [[1]], 2, 0.25);
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
    expect(softmaxCrossEntropyReference(rows, [0, 2, 0, 2]).loss).toBeCloseTo(
      softmaxCrossEntropyReference(z, [0, 2]).loss,
      5,
    );
    expect(binaryCrossEntropyReference(cols, colsY).loss).toBeCloseTo(binaryCrossEntropyReference(z, y).loss, 5);
    expect(focalLossReference(cols, colsY, 2, 0.25).loss).toBeCloseTo(focalLossReference(z, y, 2, 0.25).loss, 5);
    expect(bce64(z, y)).toBeCloseTo(binaryCrossEntropyReference(z, y).loss, 5);
  });

  it('softmax cross-entropy agrees with float64 within the grader tolerance', () => {
    prove(
      'softmaxCrossEntropy',
      (z, y) => softmaxCrossEntropyReference(z, y as number[]),
      softmaxCe64,
      labels,
      (z) => [tolerances.softmaxLoss(z), tolerances.softmaxGrad(z)],
    );
  });

  it('binary cross-entropy agrees with float64 within the grader tolerance', () => {
    prove(
      'binaryCrossEntropyWithLogits',
      (z, y) => binaryCrossEntropyReference(z, y as M),
      bce64,
      targets,
      (z) => [tolerances.bceLoss(z), tolerances.bceGrad(z)],
    );
  });

  for (const [gamma, alpha] of [
    [0, 0.25],
    [0.5, 0.75],
    [2, 0.25],
    [5, 0.9],
  ]) {
    it(`focal loss with γ = ${gamma}, α = ${alpha} agrees with float64 within the grader tolerance`, () => {
      prove(
        `focalLoss γ = ${gamma}`,
        (z, y) => focalLossReference(z, y as M, gamma, alpha),
        focal64(gamma, alpha),
        targets,
        (z) => [tolerances.focalLoss(z, gamma), tolerances.focalGrad(z, gamma)],
      );
    });
  }

  it('focal gradients stay finite at ±1000 for every γ (no pow(0, γ) trap)', () => {
    for (const gamma of [0, 0.5, 1, 2]) {
      const { loss, dlogits } = focalLossReference(
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
