import type { Suspect } from '../kit/toolkit';
import { type Matrix, sizes } from './cases';
import { focal64 } from './focal64';
import {
  ALPHA_BOTH_CLASSES,
  FACTOR_CONSTANT,
  GRAD_DIVIDED_BY_N_ONLY,
  GRAD_NOT_DIVIDED_BY_COUNT,
  GRAD_NOT_DIVIDED_BY_N,
  GRAD_SIGN,
  MEAN_OVER_BATCH_ONLY,
  MINUS_ONE_EVERYWHERE,
  SUM_OVER_BATCH,
  SUM_OVER_ELEMENTS,
} from './misconceptions';
import { type LossReference, oneHot } from './reference';

// Each mistake as the float64 value it would produce on these inputs,
// derived from the reference's answer (expectClose names the first that fits).

const scaled = (k: number, x: Matrix): Matrix => x.map((row) => row.map((v) => k * v));

export const softmaxLossSuspects = (want: LossReference, z: Matrix): Suspect[] => [
  { misconception: SUM_OVER_BATCH, value: () => sizes(z).n * want.loss },
];

export function softmaxGradSuspects(want: LossReference, z: Matrix, labels: readonly number[]): Suspect[] {
  const { n, c } = sizes(z);
  const onehot = oneHot(labels, c);
  return [
    { misconception: GRAD_NOT_DIVIDED_BY_N, value: () => scaled(n, want.dlogits) },
    {
      misconception: MINUS_ONE_EVERYWHERE,
      value: () => want.dlogits.map((row, i) => row.map((v, j) => v - (1 - onehot[i][j]) / n)),
    },
    { misconception: GRAD_SIGN, value: () => scaled(-1, want.dlogits) },
  ];
}

/** Element-wise losses (BCE, focal): summed, or averaged over N only. */
export const reductionSuspects = (ref: number, z: Matrix): Suspect[] => [
  { misconception: SUM_OVER_ELEMENTS, value: () => sizes(z).count * ref },
  { misconception: MEAN_OVER_BATCH_ONLY, value: () => sizes(z).c * ref },
];
export const gradReductionSuspects = (ref: Matrix, z: Matrix): Suspect[] => [
  { misconception: GRAD_NOT_DIVIDED_BY_COUNT, value: () => scaled(sizes(z).count, ref) },
  { misconception: GRAD_DIVIDED_BY_N_ONLY, value: () => scaled(sizes(z).c, ref) },
  { misconception: GRAD_SIGN, value: () => scaled(-1, ref) },
];

const alphaT =
  (alpha: number) =>
  (y: number): number =>
    y === 1 ? alpha : 1 - alpha;

export const focalLossSuspects = (
  want: LossReference,
  z: Matrix,
  y: Matrix,
  gamma: number,
  alpha: number,
): Suspect[] => [
  { misconception: ALPHA_BOTH_CLASSES, value: () => focal64(z, y, gamma, () => alpha).loss },
  ...reductionSuspects(want.loss, z),
];
export const focalGradSuspects = (
  want: LossReference,
  z: Matrix,
  y: Matrix,
  gamma: number,
  alpha: number,
): Suspect[] => [
  { misconception: FACTOR_CONSTANT, value: () => focal64(z, y, gamma, alphaT(alpha), true).dlogits },
  { misconception: ALPHA_BOTH_CLASSES, value: () => focal64(z, y, gamma, () => alpha).dlogits },
  ...gradReductionSuspects(want.dlogits, z),
];
