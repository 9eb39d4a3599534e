import { add, mul } from '../kit/tensor';
import {
  callLearner,
  expectOutputs,
  fail,
  fmt,
  fmtPair,
  GradingFailure,
  type ReferenceBackend,
  validateTensor,
} from '../kit/toolkit';
import type { HuberCase, K, Matrix } from './cases';
import text from './messages';
import { huber64, mse64 } from './oracle';

/**
 * With δ at or above every |r| each element takes the quadratic branch, so
 * Huber is r²/2 everywhere: the learner's huber, loss and dpred, against
 * half of the learner's own mse. The learner against itself, so within the
 * float32 bounds of the oracle's Huber and of half its MSE together.
 */
export function expectHalfMse(kata: K, c: HuberCase, reference: ReferenceBackend): void {
  const { pred, target, delta } = c;
  const got = callLearner(kata, 'huber', { pred, target, delta });
  const own = callLearner(kata, 'mse', { pred, target });
  const loss = validateTensor(own?.loss, [], { fn: 'mse', argument: 'loss' }) as number;
  const dpred = validateTensor(own?.dpred, [pred.length, pred[0].length], { fn: 'mse', argument: 'dpred' }) as Matrix;
  const half = { loss: loss / 2, dpred: dpred.map((row) => row.map((v) => v / 2)) };
  const h = huber64(c);
  const m = mse64(c);
  try {
    expectOutputs(got, half, {
      fn: 'huber',
      bounds: {
        loss: reference.bounds(add(h.loss, mul(m.loss, 0.5))),
        dpred: reference.bounds(add(h.dpred, mul(m.dpred, 0.5))),
      },
      gradients: ['dpred'],
    });
  } catch (err) {
    if (!(err instanceof GradingFailure)) throw err;
    const { argument, index = [], got: g, expected: e } = err.detail;
    if (g === undefined || e === undefined) throw err; // a shape or a NaN: already said as it is
    // "expected" is the learner's own MSE here, not the reference: say so.
    const [gs, es] = fmtPair(g, e);
    fail({
      ...err.detail,
      message: text['half-mse']({
        delta: fmt(delta),
        at: `${argument}${index.map((i) => `[${i}]`).join('')}`,
        got: gs,
        expected: es,
      }),
    });
  }
}
