import { mul, sum } from '../kit/tensor';
import { fail, fmt, type ReferenceBackend, validateTensor } from '../kit/toolkit';
import type { K } from './cases';
import { runBackward } from './learner';
import text from './messages';
import { type Case, type Matrix, oracle, xhat64 } from './oracle';

/**
 * out depends on a feature's column of x only through x − μ divided by its
 * spread, so moving the column along (1, …, 1) changes nothing, and at ε = 0
 * neither does scaling it: dx = (1/σ)(dx̂ − mean(dx̂) − x̂·mean(dx̂·x̂)) is
 * orthogonal to both, Σᵢ dxᵢⱼ = 0 and Σᵢ dxᵢⱼ·x̂ᵢⱼ = 0 per feature (with
 * ε > 0 the second is ε/(σ² + ε) times something: the cases have ε = 0).
 * Within the float32 bounds of the oracle's own column sums.
 */
export function expectDxProjected(kata: K, c: Case, reference: ReferenceBackend): void {
  const [N, C] = [c.x.length, c.x[0].length];
  const dx = validateTensor(runBackward(kata, c).dx, [N, C], { fn: 'batchNormBackward', argument: 'dx' }) as Matrix;
  const xh = xhat64(c);
  const truth = oracle(c).dx;
  const sumBound = reference.bounds(sum(truth, { axis: 0 }));
  const dotBound = reference.bounds(sum(mul(truth, xh), { axis: 0 }));
  for (let j = 0; j < C; j++) {
    const s = dx.reduce((a, row) => a + row[j], 0);
    if (!(Math.abs(s) <= sumBound[j])) {
      fail({
        fn: 'batchNormBackward',
        argument: 'dx',
        kind: 'gradient',
        index: [j],
        got: s,
        expected: 0,
        allowed: sumBound[j],
        message: text['dx-column-sum']({ feature: j, got: fmt(s) }),
      });
    }
    const d = dx.reduce((a, row, i) => a + row[j] * xh.data[i * C + j], 0);
    if (!(Math.abs(d) <= dotBound[j])) {
      fail({
        fn: 'batchNormBackward',
        argument: 'dx',
        kind: 'gradient',
        index: [j],
        got: d,
        expected: 0,
        allowed: dotBound[j],
        message: text['dx-not-orthogonal']({ feature: j, got: fmt(d) }),
      });
    }
  }
}
