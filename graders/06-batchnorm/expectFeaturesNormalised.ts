import { mean, square, sub } from '../kit/tensor';
import { fail, fmt, type ReferenceBackend, validateTensor } from '../kit/toolkit';
import type { K } from './cases';
import { runTrain } from './learner';
import text from './messages';
import { type Case, type Matrix, xhat64 } from './oracle';

/**
 * With γ = 1 and β = 0 out is x̂: each feature has mean 0 over the batch
 * and biased variance σ²/(σ² + ε) (1 when σ² ≫ ε; about ½ on the features
 * drawn with σ² ≈ ε). The learner's column statistics, computed here in
 * float64, against those values within the float32 bounds of the oracle's
 * own column statistics of x̂.
 */
export function expectFeaturesNormalised(kata: K, c: Case, reference: ReferenceBackend): void {
  const [N, C] = [c.x.length, c.x[0].length];
  const out = validateTensor(runTrain(kata, c).out, [N, C], { fn: 'batchNormTrain', argument: 'out' }) as Matrix;
  const xh = xhat64(c);
  const columnMean = mean(xh, { axis: 0 });
  const columnVariance = mean(square(sub(xh, columnMean)), { axis: 0 });
  const meanBound = reference.bounds(columnMean);
  const varianceBound = reference.bounds(columnVariance);
  for (let j = 0; j < C; j++) {
    const m = out.reduce((s, row) => s + row[j], 0) / N;
    if (!(Math.abs(m) <= meanBound[j])) {
      fail({
        fn: 'batchNormTrain',
        argument: 'out',
        index: [j],
        got: m,
        expected: 0,
        allowed: meanBound[j],
        message: text['feature-mean']({ feature: j, got: fmt(m) }),
      });
    }
    const v = out.reduce((s, row) => s + (row[j] - m) ** 2, 0) / N;
    const want = columnVariance.data[j];
    if (!(Math.abs(v - want) <= varianceBound[j])) {
      const mu = c.x.reduce((s, row) => s + row[j], 0) / N;
      const variance = c.x.reduce((s, row) => s + (row[j] - mu) ** 2, 0) / N;
      fail({
        fn: 'batchNormTrain',
        argument: 'out',
        index: [j],
        got: v,
        expected: want,
        allowed: varianceBound[j],
        message: text['feature-variance']({
          feature: j,
          got: fmt(v),
          expected: fmt(want),
          variance: fmt(variance),
          eps: c.eps,
        }),
      });
    }
  }
}
