import { float64Bounds, reshape, sum, tensor64, toNested, transpose } from '../kit/tensor';
import { expectClose } from '../kit/toolkit';
import type { K } from './cases';
import { runBackward } from './learner';
import text from './messages';
import type { Case } from './oracle';

/** b[co] is added to every output of channel co: db[co] = Σ_{n, i, j} dout[n][co][i][j], checked without a reference. */
export function expectDbSums(kata: K, c: Case): void {
  const g = tensor64(c.dout);
  const [N, Cout, Ho, Wo] = g.shape;
  const truth = sum(reshape(transpose(g, [1, 0, 2, 3]), [Cout, N * Ho * Wo]), { axis: 1 });
  expectClose(runBackward(kata, c).db, toNested(truth), {
    fn: 'conv2dBackward',
    argument: 'db',
    kind: 'gradient',
    bound: float64Bounds(truth),
    context: text['db-sum'](),
  });
}
