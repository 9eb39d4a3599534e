import { add, cos, matmul, mul, sin, type Tensor64, tensor64 } from '../kit/tensor';
import { expectClose, type ReferenceBackend } from '../kit/toolkit';
import type { K, ShiftCase } from './cases';
import { runEncoding } from './learner';
import text from './messages';
import { DEFAULT_BASE, encoding64, frequencies64, pairSwap } from './oracle';
import { select64 } from './select64';

/**
 * Vaswani et al.'s reason for sinusoids: for a fixed offset k, PE(pos + k)
 * is a linear function of PE(pos). Pair i is (sin a, cos a) with a = pos·θ_i,
 * and the angle-addition formulas give
 *   sin(a + b) =  sin a·cos b + cos a·sin b
 *   cos(a + b) = −sin a·sin b + cos a·cos b,    b = k·θ_i,
 * a 2×2 rotation that depends on k and not on pos. The learner's own row at
 * pos + k must be the learner's own row at pos mapped so, for every pos drawn.
 */
export function expectShiftIsRotation(kata: K, { d, positions, k }: ShiftCase, reference: ReferenceBackend): void {
  const length = positions.reduce((a, p) => Math.max(a, p), 0) + k + 1;
  const pe = runEncoding(kata, length, d);
  const truth = encoding64(length, d);
  const b = mul(k, frequencies64(d, DEFAULT_BASE));
  const [cosB, sinB] = [cos(b), sin(b)];
  // v·cos b + (v·S)·sin b with S = −P: (v·S)[2i] = v[2i + 1], (v·S)[2i + 1] = −v[2i].
  const S = tensor64(
    pairSwap(d).map((row) => row.map((v) => -v)),
    { exact: true },
  );
  const shift = (v: Tensor64): Tensor64 => add(mul(v, cosB), mul(matmul(v, S), sinB));
  const cols = Array.from({ length: d }, (_, j) => j);
  for (const pos of positions) {
    const mapped = shift(tensor64([pe[pos]])).data;
    // The learner's rows are held to the reference's accuracy (encoding-matches-reference), not to
    // float64's: an angle-addition recurrence down the table is right to that accuracy. So are both sides here.
    const there = reference.bounds(select64(truth, [pos + k], cols));
    const moved = reference.bounds(shift(select64(truth, [pos], cols)));
    expectClose(pe[pos + k], Array.from(mapped), {
      fn: 'sinusoidalEncoding',
      argument: `PE[${pos + k}]`,
      bound: there.map((e, j) => e + moved[j]),
      context: text['after-shift']({ pos, k }),
    });
  }
}
