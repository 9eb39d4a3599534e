import { expectClose, type ReferenceBackend, validateTensor } from '../kit/toolkit';
import type { K } from './cases';
import { runEval } from './learner';
import text from './messages';
import { type Case, evalOracle, type Matrix } from './oracle';

/**
 * Eval mode reads only the running statistics, so row 0's output is a
 * function of row 0 alone: the learner's row 0 with the rest of the batch
 * replaced against its row 0 before, within both oracles' bounds of it.
 */
export function expectEvalIgnoresBatch(kata: K, c: Case, others: Matrix, reference: ReferenceBackend): void {
  const [N, C] = [c.x.length, c.x[0].length];
  const moved: Matrix = [c.x[0], ...others];
  const where = { fn: 'batchNormEval', argument: 'out' };
  const before = validateTensor(runEval(kata, c), [N, C], where) as Matrix;
  const after = validateTensor(runEval(kata, c, moved), [N, C], where) as Matrix;
  const b1 = reference.bounds(evalOracle(c).out).subarray(0, C);
  const b2 = reference.bounds(evalOracle({ ...c, x: moved }).out).subarray(0, C);
  expectClose([after[0]], [before[0]], {
    ...where,
    bound: b1.map((b, k) => b + b2[k]),
    context: text['after-other-rows']({ count: N - 1 }),
  });
}
