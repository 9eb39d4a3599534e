import { mul, sum } from '../kit/tensor';
import { fail, fmt, type ReferenceBackend, validateTensor } from '../kit/toolkit';
import type { K } from './cases';
import { runBackward } from './learner';
import text from './messages';
import { type Case, type Matrix, oracle, xhat64 } from './oracle';

/**
 * out depends on a row of x only through x − μ divided by its spread, so
 * moving a row along (1, …, 1) changes nothing, and at ε = 0 neither does
 * scaling it: dx = (1/σ)(dx̂ − mean(dx̂) − x̂·mean(dx̂·x̂)) is orthogonal to both,
 * Σⱼ dxⱼ = 0 and Σⱼ dxⱼ·x̂ⱼ = 0 per row (with ε > 0 the second is
 * ε/(σ² + ε) times something: the cases have ε = 0). Within the float32
 * bounds of the oracle's own row sums.
 */
export function expectDxProjected(kata: K, c: Case, reference: ReferenceBackend): void {
  const [N, D] = [c.x.length, c.x[0].length];
  const dx = validateTensor(runBackward(kata, c).dx, [N, D], { fn: 'layerNormBackward', argument: 'dx' }) as Matrix;
  const xh = xhat64(c);
  const truth = oracle(c).dx;
  const sumBound = reference.bounds(sum(truth, { axis: -1 }));
  const dotBound = reference.bounds(sum(mul(truth, xh), { axis: -1 }));
  dx.forEach((row, i) => {
    const s = row.reduce((a, v) => a + v, 0);
    if (!(Math.abs(s) <= sumBound[i])) {
      fail({
        fn: 'layerNormBackward',
        argument: 'dx',
        kind: 'gradient',
        index: [i],
        got: s,
        expected: 0,
        allowed: sumBound[i],
        message: text['dx-row-sum']({ row: i, got: fmt(s) }),
      });
    }
    const d = row.reduce((a, v, j) => a + v * xh.data[i * D + j], 0);
    if (!(Math.abs(d) <= dotBound[i])) {
      fail({
        fn: 'layerNormBackward',
        argument: 'dx',
        kind: 'gradient',
        index: [i],
        got: d,
        expected: 0,
        allowed: dotBound[i],
        message: text['dx-not-orthogonal']({ row: i, got: fmt(d) }),
      });
    }
  });
}
