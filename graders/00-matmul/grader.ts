import fc from 'fast-check';
import type * as Kata from '../../katas/00-matmul/matmul';
import {
  callLearner,
  checkGradient,
  defineGrader,
  dim,
  expectClose,
  expectOutputs,
  msg,
  property,
  tensor,
} from '../kit/toolkit';
import { backwardMistakes, forwardMistakes, operands, transposeMistakes } from './mistakes';
import { backward64, forward64, type Matrix, transpose64 } from './oracle';
import { matmulBackwardReference, matmulReference, transposeReference } from './reference';

type K = typeof Kata;

/** The shapes people get wrong: a row times a column, a column times a row. */
const thinOperands = fc
  .tuple(dim({ min: 2 }), fc.boolean())
  .chain(([len, outer]) =>
    outer
      ? fc.record({ A: tensor([len, 1]) as fc.Arbitrary<Matrix>, B: tensor([1, len + 1]) as fc.Arbitrary<Matrix> })
      : fc.record({ A: tensor([1, len]) as fc.Arbitrary<Matrix>, B: tensor([len, 1]) as fc.Arbitrary<Matrix> }),
  );

export default defineGrader<K>([
  property({
    id: 'matmul-matches-reference',
    name: 'matmul matches the reference',
    points: 3,
    arbitrary: operands,
    diagnose: forwardMistakes,
    check: (kata, { A, B }, { reference }) => {
      const got = callLearner(kata, 'matmul', { A, B });
      expectClose(got, matmulReference(reference, A, B), {
        fn: 'matmul',
        argument: 'C',
        bound: reference.bounds(forward64({ A, B }).C),
      });
    },
  }),
  property({
    id: 'matmul-thin-shapes',
    name: 'matmul handles 1×n rows and n×1 columns',
    points: 1,
    arbitrary: thinOperands,
    diagnose: forwardMistakes,
    check: (kata, { A, B }, { reference }) => {
      const got = callLearner(kata, 'matmul', { A, B });
      expectClose(got, matmulReference(reference, A, B), {
        fn: 'matmul',
        argument: 'C',
        bound: reference.bounds(forward64({ A, B }).C),
      });
    },
  }),
  property({
    id: 'transpose-matches-reference',
    name: 'transpose swaps rows and columns without touching its input',
    points: 1,
    arbitrary: fc.tuple(dim(), dim()).chain(([m, n]) => fc.record({ A: tensor([m, n]) as fc.Arbitrary<Matrix> })),
    diagnose: transposeMistakes,
    check: (kata, { A }, { reference }) => {
      const got = callLearner(kata, 'transpose', { A });
      expectClose(got, transposeReference(reference, A), {
        fn: 'transpose',
        argument: 'Aᵀ',
        bound: reference.bounds(transpose64({ A }).result),
      });
    },
  }),
  property({
    id: 'backward-matches-reference',
    name: 'dA and dB match autodiff of the reference',
    points: 3,
    arbitrary: operands,
    diagnose: backwardMistakes,
    check: (kata, c, { reference }) => {
      const got = callLearner(kata, 'matmulBackward', { dC: c.dC, A: c.A, B: c.B });
      const truth = backward64(c);
      expectOutputs(got, matmulBackwardReference(reference, c.dC, c.A, c.B), {
        fn: 'matmulBackward',
        bounds: { dA: reference.bounds(truth.dA), dB: reference.bounds(truth.dB) },
        gradients: ['dA', 'dB'],
      });
    },
  }),
  property({
    id: 'backward-self-consistent',
    name: 'dA and dB agree with finite differences of your matmul',
    points: 2,
    arbitrary: operands,
    diagnose: backwardMistakes,
    check: (kata, { A, B, dC }) => {
      const got = callLearner(kata, 'matmulBackward', { dC, A, B });
      checkGradient({
        fn: 'matmulBackward',
        forwardName: msg('check.your-fn', { fn: 'matmul' }),
        inputs: { A, B },
        forward: (x) => callLearner(kata, 'matmul', x),
        dout: dC,
        gradients: { A: got?.dA, B: got?.dB },
      });
    },
  }),
]);
