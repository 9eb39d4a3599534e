import { float64Bounds, mapNested, mul, type Tensor64 } from '../kit/tensor';
import { expectClose, validateTensor } from '../kit/toolkit';
import type { K } from './cases';
import { runBackward } from './learner';
import text from './messages';
import { type Case, gradientOracle } from './oracle';

/**
 * Every example uses the same w and b, so their gradients are sums over the
 * batch: on the batch stacked on itself (x and dout both), dw and db double.
 * The learner's gradients on the doubled batch against twice its own on the
 * batch, within both oracles' float64 bounds.
 */
export function expectBatchSums(kata: K, c: Case): void {
  const doubled: Case = { ...c, x: [...c.x, ...c.x], dout: [...c.dout, ...c.dout] };
  const once = runBackward(kata, c);
  const twice = runBackward(kata, doubled);
  const [one, two] = [gradientOracle(c), gradientOracle(doubled)];
  for (const name of ['dw', 'db'] as const) {
    const truth: Tensor64 = one[name];
    const where = { fn: 'conv2dBackward', argument: name };
    const single = validateTensor(once[name], truth.shape, where);
    const b1 = float64Bounds(mul(truth, 2));
    const b2 = float64Bounds(two[name]);
    expectClose(
      twice[name],
      mapNested(single, (v) => 2 * v),
      {
        ...where,
        kind: 'gradient',
        bound: b1.map((b, k) => b + b2[k]),
        context: text['doubled-batch']({ name }),
      },
    );
  }
}
