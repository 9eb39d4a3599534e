import fc from 'fast-check';
import type * as Kata from '../../katas/03-classification-losses/classification-losses';
import { flatten, normInf } from '../kit/tensor';
import { boundedFloat, classLabels, dim, mask, tensor } from '../kit/toolkit';

export type K = typeof Kata;
export type Matrix = number[][];

/** Softmax cross-entropy's inputs: logits [N, C] and integer labels [N]. */
export interface Classification {
  readonly logits: Matrix;
  readonly labels: number[];
}

/** BCE's inputs: logits [N, C] and 0/1 targets [N, C]. */
export interface MultiLabel {
  readonly logits: Matrix;
  readonly targets: Matrix;
}

/** Focal loss's inputs. */
export interface FocalCase extends MultiLabel {
  readonly gamma: number;
  readonly alpha: number;
}

/** M = max(1, max |z|): the size of what the stable formulas cancel (checkGradient's forwardScale). */
export const magnitude = (z: Matrix): number => Math.max(1, normInf(flatten(z)));

/** logits [N, C] in [−10, 10] with integer labels; C ≥ 2 so that a label is a choice. */
export const classification: fc.Arbitrary<Classification> = fc
  .tuple(dim(), dim({ min: 2 }))
  .chain(([n, c]) => fc.record({ logits: tensor([n, c]) as fc.Arbitrary<Matrix>, labels: classLabels(n, c) }));

/**
 * logits [N, C] in [−10, 10] with 0/1 multi-label targets. N ≥ 2 so that a
 * sum over N·C elements and a mean over N only (both wrong) are told apart
 * even after shrinking: with N = 1 they give the same number.
 */
export const multiLabel: fc.Arbitrary<MultiLabel> = fc
  .tuple(dim({ min: 2 }), dim())
  .chain(([n, c]) =>
    fc.record({ logits: tensor([n, c]) as fc.Arbitrary<Matrix>, targets: mask([n, c]) as fc.Arbitrary<Matrix> }),
  );

/** γ = 0 (plain weighted BCE) and the paper's γ = 2 and α = 0.25 come up often on purpose. */
const gammaArb = fc.oneof(fc.constantFrom(0, 1, 2), boundedFloat({ min: 0, max: 5 }));
const alphaArb = fc.oneof(fc.constant(0.25), boundedFloat({ min: 0, max: 1 }));

export const focalInputs: fc.Arbitrary<FocalCase> = fc
  .tuple(multiLabel, gammaArb, alphaArb)
  .map(([m, gamma, alpha]) => ({ ...m, gamma, alpha }));

/** Focal inputs at γ = 0, where focal loss is the α_t-weighted BCE. */
export const gammaZeroInputs: fc.Arbitrary<FocalCase> = fc
  .tuple(multiLabel, alphaArb)
  .map(([m, alpha]) => ({ ...m, gamma: 0, alpha }));

/**
 * Logits of magnitude 750…1000 with random signs. Every one is past the
 * float64 limits on purpose: exp(z) overflows for z > 709.8 and underflows
 * to 0 for z < −745, so σ(z) is exactly 0 or 1 and a formula without
 * log-sum-exp or softplus breaks on every sample, not by luck.
 */
const hugeLogits = (n: number, c: number): fc.Arbitrary<Matrix> =>
  fc
    .tuple(tensor([n, c], { min: 750, max: 1000 }), mask([n, c]))
    .map(([m, s]: [Matrix, Matrix]) => m.map((row, i) => row.map((v, j) => (s[i][j] ? v : -v))));

export const hugeClassification: fc.Arbitrary<Classification> = fc
  .tuple(dim(), dim({ min: 2 }))
  .chain(([n, c]) => fc.record({ logits: hugeLogits(n, c), labels: classLabels(n, c) }));

/** Element [0][0] is confidently wrong and [0][1] confidently right, whatever else is drawn. */
export const hugeMultiLabel: fc.Arbitrary<MultiLabel> = fc
  .tuple(dim(), dim({ min: 2 }))
  .chain(([n, c]) => fc.record({ logits: hugeLogits(n, c), targets: mask([n, c]) as fc.Arbitrary<Matrix> }))
  .map(({ logits, targets }) => {
    const t = targets.map((row) => [...row]);
    t[0][0] = logits[0][0] > 0 ? 0 : 1;
    t[0][1] = logits[0][1] > 0 ? 1 : 0;
    return { logits, targets: t };
  });

/** γ = 0 and γ < 1 are where (1 − p_t)^γ misbehaves once 1 − p_t rounds to 0; γ = 2 is the paper's. */
export const hugeFocal: fc.Arbitrary<FocalCase> = fc
  .tuple(hugeMultiLabel, fc.constantFrom(0, 0.5, 2), alphaArb)
  .map(([m, gamma, alpha]) => ({ ...m, gamma, alpha }));
