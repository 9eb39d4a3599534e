import { sum } from '../kit/tensor';
import { callLearner, fail, fmt, type ReferenceBackend, validateTensor } from '../kit/toolkit';
import type { Classification, K, Matrix } from './cases';
import text from './messages';
import { softmaxCe64 } from './oracle';

/**
 * Every row of the learner's softmax-CE dlogits sums to 0, as a row of
 * (p − onehot)/N does: the learner against itself, so within the float32
 * bound of the oracle's own row sums (a float64 learner is ~10⁸ times
 * closer; a −1 on every class is off by (C − 1)/N).
 */
export function expectRowsSumToZero(kata: K, c: Classification, reference: ReferenceBackend): void {
  const { logits, labels } = c;
  const got = callLearner(kata, 'softmaxCrossEntropy', { logits, labels });
  const d = validateTensor(got?.dlogits, [logits.length, logits[0].length], {
    fn: 'softmaxCrossEntropy',
    argument: 'dlogits',
  }) as Matrix;
  const bound = reference.bounds(sum(softmaxCe64(c).dlogits, { axis: -1 }));
  d.forEach((row, i) => {
    let s = 0;
    for (const v of row) s += v;
    if (!(Math.abs(s) <= bound[i])) {
      fail({
        fn: 'softmaxCrossEntropy',
        argument: 'dlogits',
        index: [i],
        got: s,
        expected: 0,
        allowed: bound[i],
        message: text['row-sum-not-zero']({ row: i, sum: fmt(s) }),
      });
    }
  });
}
