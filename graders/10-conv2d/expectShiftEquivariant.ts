import { flatten, float64Bounds, type Nested, unflatten } from '../kit/tensor';
import { expectClose, validateTensor } from '../kit/toolkit';
import { type K, type ShiftCase, shiftedInterior } from './cases';
import { runForward } from './learner';
import text from './messages';
import { type Case, outOracle, outputSize, type Tensor4 } from './oracle';

/** x moved one pixel down (axis 2) or right (axis 3), a zero row or column coming in, the last one dropped. */
function shifted(x: Tensor4, axis: 2 | 3): Tensor4 {
  return x.map((image) =>
    image.map((channel) =>
      axis === 2 ? [channel[0].map(() => 0), ...channel.slice(0, -1)] : channel.map((row) => [0, ...row.slice(0, -1)]),
    ),
  );
}

/** Rows (axis 2) or columns (axis 3) `at` of a [N, C, H, W] tensor. */
const pick = (t: Tensor4, axis: 2 | 3, at: readonly number[]): Tensor4 =>
  t.map((image) =>
    image.map((channel) => (axis === 2 ? at.map((i) => channel[i]) : channel.map((row) => at.map((j) => row[j])))),
  );

/**
 * At stride 1 a convolution commutes with translation: shifting x by one
 * pixel shifts out by one, wherever the window does not reach the pixels
 * that fell off the end (the zero coming in stands where the padding was).
 * The learner's out on the shifted x, rows i, against its out on x, rows
 * i − 1, within both oracles' float64 bounds: no reference needed.
 */
export function expectShiftEquivariant(kata: K, { c, axis }: ShiftCase): void {
  const moved: Case = { ...c, x: shifted(c.x, axis) };
  const [N, Cout] = [c.x.length, c.w.length];
  const [Ho, Wo] = outputSize(c);
  const where = { fn: 'conv2dForward', argument: 'out' };
  const before = validateTensor(runForward(kata, c).out, [N, Cout, Ho, Wo], where) as Tensor4;
  const after = validateTensor(runForward(kata, moved).out, [N, Cout, Ho, Wo], where) as Tensor4;
  const rows = shiftedInterior(c, axis);
  const boundOf = (k: Case, at: readonly number[]): number[] => {
    const b = float64Bounds(outOracle(k));
    return flatten(pick(unflatten(b, [N, Cout, Ho, Wo]) as Tensor4, axis, at) as Nested);
  };
  const b1 = boundOf(moved, rows);
  const b2 = boundOf(
    c,
    rows.map((i) => i - 1),
  );
  expectClose(
    pick(after, axis, rows),
    pick(
      before,
      axis,
      rows.map((i) => i - 1),
    ),
    {
      ...where,
      bound: b1.map((b, k) => b + b2[k]),
      context: text['after-shift']({ direction: text[axis === 2 ? 'shift-down' : 'shift-right']() }),
    },
  );
}
