import { mean, square, sub } from '../kit/tensor';
import { fail, fmt, type ReferenceBackend, validateTensor } from '../kit/toolkit';
import type { K } from './cases';
import { runForward } from './learner';
import text from './messages';
import { type Case, type Matrix, xhat64 } from './oracle';

/**
 * With γ = 1 and β = 0 out is x̂: each row has mean 0 and biased variance
 * σ²/(σ² + ε) (1 when σ² ≫ ε; about ½ on the rows drawn with σ² ≈ ε). The
 * learner's row statistics, computed here in float64, against those values
 * within the float32 bounds of the oracle's own row statistics of x̂.
 */
export function expectRowsNormalised(kata: K, c: Case, reference: ReferenceBackend): void {
  const [N, D] = [c.x.length, c.x[0].length];
  const out = validateTensor(runForward(kata, c).out, [N, D], { fn: 'layerNormForward', argument: 'out' }) as Matrix;
  const xh = xhat64(c);
  const rowMean = mean(xh, { axis: -1, keepDims: true });
  const rowVariance = mean(square(sub(xh, rowMean)), { axis: -1 });
  const meanBound = reference.bounds(rowMean);
  const varianceBound = reference.bounds(rowVariance);
  out.forEach((row, i) => {
    const m = row.reduce((s, v) => s + v, 0) / D;
    if (!(Math.abs(m) <= meanBound[i])) {
      fail({
        fn: 'layerNormForward',
        argument: 'out',
        index: [i],
        got: m,
        expected: 0,
        allowed: meanBound[i],
        message: text['row-mean']({ row: i, got: fmt(m) }),
      });
    }
    const v = row.reduce((s, y) => s + (y - m) ** 2, 0) / D;
    const want = rowVariance.data[i];
    if (!(Math.abs(v - want) <= varianceBound[i])) {
      const mu = c.x[i].reduce((s, x) => s + x, 0) / D;
      const variance = c.x[i].reduce((s, x) => s + (x - mu) ** 2, 0) / D;
      fail({
        fn: 'layerNormForward',
        argument: 'out',
        index: [i],
        got: v,
        expected: want,
        allowed: varianceBound[i],
        message: text['row-variance']({
          row: i,
          got: fmt(v),
          expected: fmt(want),
          variance: fmt(variance),
          eps: c.eps,
        }),
      });
    }
  });
}
