import { norm2 } from '../kit/tensor';
import type { FailureCurves } from '../kit/toolkit/gradingFailure';
import { GRADIENTS } from './cases';
import type { MlpReference } from './reference';
import type { Run } from './runMlp';

/** ‖g‖₂ over every element; NaN when the learner's value is not an array of finite numbers. */
function norm(v: unknown): number {
  const values: number[] = [];
  const walk = (x: unknown): boolean =>
    Array.isArray(x)
      ? x.length > 0 && x.every(walk)
      : typeof x === 'number' && Number.isFinite(x) && values.push(x) > 0;
  return walk(v) ? norm2(values) : Number.NaN;
}

/**
 * The norm of each layer's gradient, yours beside the reference's, for the
 * report: a gradient that is off by a factor (1/N missing, a layer not
 * backpropagated) shows as one point that leaves the reference's line.
 */
export function gradientNorms(got: Run, want: MlpReference): FailureCurves {
  return {
    title: 'gradient norm per layer (‖·‖₂), yours and the reference',
    x: [...GRADIENTS],
    series: [
      { name: 'yours', values: GRADIENTS.map((g) => norm(got.grads[g])) },
      { name: 'reference', values: GRADIENTS.map((g) => norm(want[g])) },
    ],
  };
}
