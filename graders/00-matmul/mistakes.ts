import fc from 'fast-check';
import type * as Kata from '../../katas/00-matmul/matmul';
import { transpose } from '../kit/tensor';
import { callLearner, dim, mistake, probe, THROWS, tensor } from '../kit/toolkit';
import m from './misconceptions';
import {
  type BackwardCase,
  backward64,
  forward64,
  lastProduct,
  loopMatmul,
  type Matrix,
  type Operands,
  transpose64,
} from './oracle';

type K = typeof Kata;

/** A: [m, k], B: [k, n] and an upstream dC: [m, n], from 1×1 up to 6×6. */
export const operands: fc.Arbitrary<BackwardCase> = fc
  .tuple(dim(), dim(), dim())
  .chain(([rows, inner, cols]) =>
    fc.record({ A: tensor([rows, inner]), B: tensor([inner, cols]), dC: tensor([rows, cols]) }),
  );

/** Square matrices of size ≥ 2: where an in-place swap is a transposition at all. */
const squares = dim({ min: 2 }).chain((n) => fc.record({ A: tensor([n, n]) as fc.Arbitrary<Matrix> }));

const forward = probe<K, Operands>({
  cases: operands,
  observe: (kata, { A, B }) => ({ C: callLearner(kata, 'matmul', { A, B }) }),
  truth: forward64,
});

const backward = probe<K, BackwardCase>({
  cases: operands,
  observe: (kata, { A, B, dC }) => callLearner(kata, 'matmulBackward', { dC, A, B }) ?? {},
  truth: backward64,
});

// Called directly, not through callLearner: what it does to its input is the observation.
const transposing = probe<K, { A: Matrix }>({
  cases: squares,
  observe: (kata, { A }) => {
    const input = structuredClone(A);
    const result = kata.transpose(input);
    return { result, input };
  },
  truth: transpose64,
});

export const forwardMistakes = [
  mistake(forward, m['overwrite-not-accumulate'], (c) => ({ C: lastProduct(c) })),
  // Past the shared size k the loop reads B[p] = undefined and throws; short of it, the sum is cut off.
  mistake(forward, m['inner-loop-bound'], ({ A, B }) =>
    B[0].length > B.length ? THROWS : { C: loopMatmul(A, B, B[0].length) },
  ),
];

export const transposeMistakes = [
  mistake(transposing, m['transpose-in-place'], ({ A }) => {
    if (A.length !== A[0].length) throw new RangeError('an in-place transposition needs a square matrix');
    const t = transpose64({ A }).result;
    return { result: t, input: t };
  }),
];

export const backwardMistakes = [
  mistake(backward, m['db-transposed'], (c) => ({ dB: transpose(backward64(c).dB) })),
  mistake(backward, m['da-not-transposed'], ({ B, dC }) => ({ dA: loopMatmul(dC, B) })),
  mistake(backward, m['gradients-swapped'], (c) => {
    const { dA, dB } = backward64(c);
    return { dA: dB, dB: dA };
  }),
];
