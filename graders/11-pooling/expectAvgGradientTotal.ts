import { fromParts, sum } from '../kit/tensor';
import { fail, fmt, type ReferenceBackend, validateTensor } from '../kit/toolkit';
import type { K } from './cases';
import { runAvgBackward } from './learner';
import text from './messages';
import { avgPoolOracle, type Case, geometryOf, type Tensor4 } from './oracle';

/**
 * Window w hands dout_w/(kH·kW) to each of its kH·kW positions, and only its
 * r_w real ones reach dx (the padded ones are dropped), so each plane's dx
 * sums to Σ_w dout_w·r_w/(kH·kW): Σ dout when no window touches the padding,
 * less where windows do. Within the float32 bound of summing the oracle's dx.
 */
export function expectAvgGradientTotal(kata: K, c: Case, reference: ReferenceBackend): void {
  const g = geometryOf(c.x, c.params);
  const dx = validateTensor(runAvgBackward(kata, c), [g.N, g.C, g.H, g.W], {
    fn: 'avgPoolBackward',
    argument: 'dx',
  }) as Tensor4;
  const truth = avgPoolOracle(c).dx;
  const planes = sum(fromParts([g.N * g.C, g.H * g.W], truth.data, truth.err, truth.depth), { axis: 1 });
  const bound = reference.bounds(planes);
  const span = (start: number, k: number, size: number) => Math.min(size, start + k) - Math.max(0, start);
  for (let n = 0; n < g.N; n++)
    for (let ch = 0; ch < g.C; ch++) {
      let want = 0;
      for (let i = 0; i < g.Ho; i++)
        for (let j = 0; j < g.Wo; j++) {
          const real = span(i * g.sH - g.pH, g.kH, g.H) * span(j * g.sW - g.pW, g.kW, g.W);
          want += (c.dout[n][ch][i][j] * real) / (g.kH * g.kW);
        }
      const got = dx[n][ch].flat().reduce((s, v) => s + v, 0);
      const k = n * g.C + ch;
      if (!(Math.abs(got - want) <= bound[k])) {
        fail({
          fn: 'avgPoolBackward',
          argument: 'dx',
          kind: 'gradient',
          index: [n, ch],
          got,
          expected: want,
          allowed: bound[k],
          message: text['avg-gradient-total']({ n, c: ch, got: fmt(got), expected: fmt(want) }),
        });
      }
    }
}
