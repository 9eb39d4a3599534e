import { float64Bounds, type Tensor64 } from '../kit/tensor';

/**
 * The tolerance of a relation the learner's values must satisfy, written as
 * the same expression of the oracle's values (its bound carries both sides'
 * rounding of every term): `bound(sub(at(o, t + 1), mul(γ, at(o, t))))`.
 */
export const bound = (expression: Tensor64): number => float64Bounds(expression)[0];
