import { add, square, sum, type Tensor64, tensor64, toNested } from '../kit/tensor';
import { expectClose, type ReferenceBackend } from '../kit/toolkit';
import type { K, RopeCase } from './cases';
import { runRotate } from './learner';
import text from './messages';
import { rope64 } from './oracle';
import { range, select64 } from './select64';

// A rotation keeps lengths: each pair (x[2i], x[2i + 1]) turns in its own
// plane, so its length, and the row's, are those of x. Squared lengths, so
// that a pair of zeros has a finite bound.

const pairSquares = (t: Tensor64): Tensor64 => {
  const rows = range(t.shape[0]);
  const pairs = range(t.shape[1] / 2);
  return add(
    square(
      select64(
        t,
        rows,
        pairs.map((i) => 2 * i),
      ),
    ),
    square(
      select64(
        t,
        rows,
        pairs.map((i) => 2 * i + 1),
      ),
    ),
  );
};

const rowSquares = (t: Tensor64): Tensor64 => sum(square(t), { axis: -1 });

export function expectNormsKept(kata: K, c: RopeCase, reference: ReferenceBackend): void {
  const out = tensor64(runRotate(kata, c.x, c.positions, c.base));
  const truth = rope64(c).out;
  const x = tensor64(c.x);
  const measures = [
    { measure: pairSquares, argument: '|out pair|²', context: text['pair-norm']() },
    { measure: rowSquares, argument: '|out row|²', context: text['row-norm']() },
  ];
  for (const { measure, argument, context } of measures) {
    const want = measure(x);
    const wantBound = reference.bounds(want);
    // The learner's out within the reference's bound (rope-matches-reference), squared and summed, against the same of x.
    const bound = reference.bounds(measure(truth)).map((e, k) => e + wantBound[k]);
    expectClose(toNested(measure(out)), toNested(want), { fn: 'ropeRotate', argument, bound, context });
  }
}
