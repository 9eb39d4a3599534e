import { dot, mul, sum } from '../kit/tensor';
import { expectClose, type ReferenceBackend } from '../kit/toolkit';
import type { K, ScoreCase } from './cases';
import { runRotate } from './learner';
import text from './messages';
import { rope64 } from './oracle';
import { select64 } from './select64';

/**
 * RoPE's point: R(mθ)q·R(nθ)k = q·R((n − m)θ)k, since Rᵀ(a)R(b) = R(b − a),
 * so the score depends on the positions only through m − n. Moving the
 * query and the key by the same offset leaves it unchanged.
 */
export function expectRelativeScore(kata: K, c: ScoreCase, reference: ReferenceBackend): void {
  const score = (m: number, n: number) => {
    const [q, k] = runRotate(kata, [c.q, c.k], [m, n], c.base);
    const truth = rope64({ x: [c.q, c.k], positions: [m, n], base: c.base, dout: [c.q, c.k] }).out;
    const d = c.q.length;
    const cols = Array.from({ length: d }, (_, j) => j);
    const bound = reference.bounds(sum(mul(select64(truth, [0], cols), select64(truth, [1], cols))))[0];
    return { value: dot(q, k), bound };
  };
  const before = score(c.m, c.n);
  const after = score(c.m + c.offset, c.n + c.offset);
  expectClose(after.value, before.value, {
    fn: 'ropeRotate',
    argument: 'q·k',
    bound: before.bound + after.bound,
    context: text['after-offset']({ m: c.m, n: c.n, offset: c.offset }),
  });
}
