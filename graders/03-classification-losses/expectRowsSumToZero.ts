import { callLearner, fail, fmt, validateTensor } from '../kit/toolkit';
import { type K, type Matrix, sizes } from './cases';
import { MINUS_ONE_EVERYWHERE } from './misconceptions';
import { softmaxRowSumBound } from './tolerances';

/** Every row of the learner's softmax-CE dlogits sums to 0 (a row of p − onehot does), up to float64 rounding. */
export function expectRowsSumToZero(kata: K, logits: Matrix, labels: number[]): void {
  const { n, c } = sizes(logits);
  const got = callLearner(kata, 'softmaxCrossEntropy', { logits, labels });
  const d = validateTensor(got?.dlogits, [n, c], { fn: 'softmaxCrossEntropy', argument: 'dlogits' }) as Matrix;
  const bound = softmaxRowSumBound(logits);
  d.forEach((row, i) => {
    const s = row.reduce((a, v) => a + v, 0);
    if (Math.abs(s) > bound) {
      fail({
        fn: 'softmaxCrossEntropy',
        argument: 'dlogits',
        index: [i],
        got: s,
        expected: 0,
        allowed: bound,
        summary: `dlogits row ${i} sums to ${fmt(s)}, not 0`,
        misconception: rowSumDiagnosis(s, n, c),
      });
    }
  });
}

/** What went wrong with a softmax-CE gradient row, judged from its sum s (a row of p − onehot sums to 0). */
function rowSumDiagnosis(s: number, n: number, c: number): string {
  const near = (target: number): boolean => Math.abs(s - target) <= 1e-9 * Math.max(1, Math.abs(target));
  const explain = 'each row of dlogits is (softmax(zᵢ) − onehot(yᵢ))/N, and softmax(zᵢ) and onehot(yᵢ) both sum to 1';
  if (near((1 - c) / n) || near(1 - c)) return `${MINUS_ONE_EVERYWHERE}; ${explain}`;
  if (near(1 / n) || near(1)) return `the one-hot label is never subtracted; ${explain}`;
  return explain;
}
