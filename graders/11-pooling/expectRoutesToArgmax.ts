import { fromParts, sum } from '../kit/tensor';
import { fail, fmt, type ReferenceBackend, validateTensor } from '../kit/toolkit';
import type { K } from './cases';
import { runMaxBackward } from './learner';
import text from './messages';
import { type Case, geometryOf, maxPoolOracle, type Tensor4 } from './oracle';

/**
 * Max pooling is a router: each window's dout goes to its maximum and
 * nowhere else. On distinct values every window has one maximum, so dx may
 * be nonzero only at positions that are the maximum of some window, and each
 * plane's dx sums to its dout (within the float32 bound of summing the
 * oracle's dx).
 */
export function expectRoutesToArgmax(kata: K, c: Case, reference: ReferenceBackend): void {
  const g = geometryOf(c.x, c.params);
  const dx = validateTensor(runMaxBackward(kata, c), [g.N, g.C, g.H, g.W], {
    fn: 'maxPoolBackward',
    argument: 'dx',
  }) as Tensor4;
  const winners = new Set<number>();
  for (let n = 0; n < g.N; n++)
    for (let ch = 0; ch < g.C; ch++)
      for (let i = 0; i < g.Ho; i++)
        for (let j = 0; j < g.Wo; j++) {
          let best = -1;
          for (let a = 0; a < g.kH; a++)
            for (let b = 0; b < g.kW; b++) {
              const r = i * g.sH - g.pH + a;
              const q = j * g.sW - g.pW + b;
              if (r < 0 || r >= g.H || q < 0 || q >= g.W) continue;
              if (best < 0 || c.x[n][ch][r][q] > c.x[n][ch][Math.floor(best / g.W)][best % g.W]) best = r * g.W + q;
            }
          winners.add((n * g.C + ch) * g.H * g.W + best);
        }
  for (let n = 0; n < g.N; n++)
    for (let ch = 0; ch < g.C; ch++)
      for (let r = 0; r < g.H; r++)
        for (let q = 0; q < g.W; q++) {
          const v = dx[n][ch][r][q];
          if (v !== 0 && !winners.has(((n * g.C + ch) * g.H + r) * g.W + q)) {
            fail({
              fn: 'maxPoolBackward',
              argument: 'dx',
              kind: 'gradient',
              index: [n, ch, r, q],
              got: v,
              expected: 0,
              allowed: 0,
              message: text['dx-off-argmax']({ n, c: ch, r, q, got: fmt(v) }),
            });
          }
        }
  const truth = maxPoolOracle(c).dx;
  const planes = sum(fromParts([g.N * g.C, g.H * g.W], truth.data, truth.err, truth.depth), { axis: 1 });
  const bound = reference.bounds(planes);
  for (let n = 0; n < g.N; n++)
    for (let ch = 0; ch < g.C; ch++) {
      const got = dx[n][ch].flat().reduce((s, v) => s + v, 0);
      const want = c.dout[n][ch].flat().reduce((s, v) => s + v, 0);
      const k = n * g.C + ch;
      if (!(Math.abs(got - want) <= bound[k])) {
        fail({
          fn: 'maxPoolBackward',
          argument: 'dx',
          kind: 'gradient',
          index: [n, ch],
          got,
          expected: want,
          allowed: bound[k],
          message: text['max-gradient-total']({ n, c: ch, got: fmt(got), expected: fmt(want) }),
        });
      }
    }
}
