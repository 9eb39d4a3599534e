import { flatten } from '../kit/tensor';
import { callLearner, fail, fmt, type ReferenceBackend, validateTensor } from '../kit/toolkit';
import type { HuberCase, K, Matrix } from './cases';
import text from './messages';
import { huber64 } from './oracle';

/**
 * |∂ℓ/∂p| = min(|r|, δ) ≤ δ for every element, so every entry of the mean's
 * gradient is at most δ/(N·D), however far the outlier: Huber's robustness,
 * checked on the learner's own dpred, up to the float32 bound of the
 * oracle's dpred.
 */
export function expectGradientBounded(kata: K, c: HuberCase, reference: ReferenceBackend): void {
  const { pred, target, delta } = c;
  const out = callLearner(kata, 'huber', { pred, target, delta });
  const d = validateTensor(out?.dpred, [pred.length, pred[0].length], { fn: 'huber', argument: 'dpred' }) as Matrix;
  const slack = reference.bounds(huber64(c).dpred);
  const bound = delta / (pred.length * pred[0].length);
  const flat = flatten(d);
  flat.forEach((g, k) => {
    if (!(Math.abs(g) <= bound + slack[k])) {
      const i = Math.floor(k / pred[0].length);
      const j = k % pred[0].length;
      fail({
        fn: 'huber',
        argument: 'dpred',
        index: [i, j],
        got: g,
        expected: Math.sign(g) * bound,
        allowed: slack[k],
        message: text['gradient-above-bound']({
          at: `[${i}][${j}]`,
          got: fmt(g),
          r: fmt(pred[i][j] - target[i][j]),
          bound: fmt(bound),
        }),
      });
    }
  });
}
