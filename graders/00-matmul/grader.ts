import fc from 'fast-check';
import type * as Kata from '../../katas/00-matmul/matmul';
import {
  callLearner,
  checkGradient,
  defineGrader,
  dim,
  expectClose,
  type Nested,
  property,
  tensor,
} from '../kit/toolkit';
import { matmulBackwardReference, matmulReference, transposeReference } from './reference';

type K = typeof Kata;

/** A: [m, k], B: [k, n] and an upstream dC: [m, n], from 1×1 up to 6×6. */
const operands = fc
  .tuple(dim(), dim(), dim())
  .chain(([m, k, n]) => fc.record({ A: tensor([m, k]), B: tensor([k, n]), dC: tensor([m, n]) }));

/** The shapes people get wrong: a row times a column, a column times a row. */
const thinOperands = fc
  .tuple(dim({ min: 2 }), fc.boolean())
  .chain(([len, outer]) =>
    outer
      ? fc.record({ A: tensor([len, 1]), B: tensor([1, len + 1]) })
      : fc.record({ A: tensor([1, len]), B: tensor([len, 1]) }),
  );

/** Float32 rounding in a length-k dot product scales with Σ|A||B|, not with |C| (tolerance.ts). */
function termScale(A: number[][], B: number[][]): number {
  let s = 0;
  for (let i = 0; i < A.length; i++) {
    for (let j = 0; j < B[0].length; j++) {
      let t = 0;
      for (let p = 0; p < B.length; p++) t += Math.abs(A[i][p] * B[p][j]);
      s = Math.max(s, t);
    }
  }
  return s;
}

const lastTermOnly = (A: number[][], B: number[][]): Nested =>
  A.map((row) => B[0].map((_, j) => row[row.length - 1] * B[B.length - 1][j]));

const transposed = (X: number[][]): number[][] => X[0].map((_, j) => X.map((r) => r[j]));

const gradientShape =
  'a gradient has the shape of what it differentiates: dA = dC·Bᵀ is [m, k] like A, dB = Aᵀ·dC is [k, n] like B';

export default defineGrader<K>([
  property({
    id: 'matmul-matches-reference',
    name: 'matmul matches the reference',
    points: 3,
    arbitrary: operands,
    check: (kata, { A, B }) => {
      const got = callLearner(kata, 'matmul', { A, B });
      expectClose(got, matmulReference(A, B), {
        fn: 'matmul',
        argument: 'C',
        ops: B.length + 1,
        scale: termScale(A, B),
        suspects: [
          {
            misconception: 'C[i][j] keeps only the last product A[i][k−1]·B[k−1][j]: accumulate the sum with +=',
            value: () => lastTermOnly(A, B),
          },
          {
            misconception: 'the result is transposed: C[i][j] = Σₚ A[i][p]·B[p][j] is row i of A against column j of B',
            value: () => transposed(matmulReference(A, B) as number[][]),
          },
        ],
      });
    },
  }),
  property({
    id: 'matmul-thin-shapes',
    name: 'matmul handles 1×n rows and n×1 columns',
    points: 1,
    arbitrary: thinOperands,
    check: (kata, { A, B }) => {
      const got = callLearner(kata, 'matmul', { A, B });
      expectClose(got, matmulReference(A, B), {
        fn: 'matmul',
        argument: 'C',
        ops: B.length + 1,
        scale: termScale(A, B),
        shapeMisconception:
          'C = A·B has as many rows as A and as many columns as B: a column times a row is a full outer product',
      });
    },
  }),
  property({
    id: 'transpose-matches-reference',
    name: 'transpose swaps rows and columns without touching its input',
    points: 1,
    arbitrary: fc.tuple(dim(), dim()).chain(([m, n]) => tensor([m, n])),
    check: (kata, A) => {
      expectClose(callLearner(kata, 'transpose', { A }), transposeReference(A), { fn: 'transpose', argument: 'Aᵀ' });
    },
  }),
  property({
    id: 'backward-matches-reference',
    name: 'dA and dB match autodiff of the reference',
    points: 3,
    arbitrary: operands,
    check: (kata, { A, B, dC }) => {
      const got = callLearner(kata, 'matmulBackward', { dC, A, B });
      const want = matmulBackwardReference(dC, A, B);
      expectClose(got?.dA, want.dA, {
        fn: 'matmulBackward',
        argument: 'dA',
        ops: dC[0].length + 1,
        scale: termScale(dC, transposed(B)),
        shapeMisconception: gradientShape,
      });
      expectClose(got?.dB, want.dB, {
        fn: 'matmulBackward',
        argument: 'dB',
        ops: dC.length + 1,
        scale: termScale(transposed(A), dC),
        shapeMisconception: gradientShape,
        suspects: [
          {
            misconception: 'dB is transposed: ∂L/∂B = Aᵀ·dC, not dCᵀ·A',
            value: () => transposed(want.dB as number[][]),
          },
        ],
      });
    },
  }),
  property({
    id: 'backward-self-consistent',
    name: 'dA and dB agree with finite differences of your matmul',
    points: 2,
    arbitrary: operands,
    check: (kata, { A, B, dC }) => {
      const got = callLearner(kata, 'matmulBackward', { dC, A, B });
      checkGradient({
        fn: 'matmulBackward',
        forwardName: 'your matmul',
        inputs: { A, B },
        forward: (x) => callLearner(kata, 'matmul', x),
        dout: dC,
        gradients: { A: got?.dA, B: got?.dB },
      });
    },
  }),
]);
