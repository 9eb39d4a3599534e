import { matmul, type Nested, type Tensor64, tensor64, transpose } from '../kit/tensor';

// matmul in float64, carrying the float32 reference's error bounds
// (kit/tensor): the truth every property and diagnosis compares with, and
// the pieces the mistakes are made of.

export type Matrix = number[][];

export interface Operands {
  readonly A: Matrix;
  readonly B: Matrix;
}

/** Operands and an upstream gradient dC = ∂L/∂C, [m, n]. */
export interface BackwardCase extends Operands {
  readonly dC: Matrix;
}

/** C = A·B, [m, n]. */
export const forward64 = ({ A, B }: Operands): { C: Tensor64 } => ({ C: matmul(tensor64(A), tensor64(B)) });

/** dA = dC·Bᵀ ([m, k], like A) and dB = Aᵀ·dC ([k, n], like B). */
export function backward64({ A, B, dC }: BackwardCase): { dA: Tensor64; dB: Tensor64 } {
  const d = tensor64(dC);
  return { dA: matmul(d, tensor64(B), { transposeB: true }), dB: matmul(tensor64(A), d, { transposeA: true }) };
}

/** Aᵀ, and A itself: transpose returns a new matrix and leaves its input as it was. */
export const transpose64 = ({ A }: { A: Matrix }): { result: Tensor64; input: Tensor64 } => ({
  result: transpose(tensor64(A)),
  input: tensor64(A),
});

/**
 * The triple loop run over a given inner length, as code with a wrong bound
 * or a missing transpose runs it: out[i][j] = Σ_{p < inner} A[i][p]·B[p][j]
 * for j < B[0].length, where an entry past the end of a row reads as
 * undefined and its product as NaN.
 */
export function loopMatmul(A: Matrix, B: Matrix, inner = B.length): Nested {
  return A.map((row) =>
    B[0].map((_, j) => {
      let s = 0;
      for (let p = 0; p < inner; p++) s += (row[p] ?? Number.NaN) * (B[p]?.[j] ?? Number.NaN);
      return s;
    }),
  );
}

/** Each C[i][j] as its last product alone: the sum overwritten instead of accumulated. */
export const lastProduct = ({ A, B }: Operands): Nested =>
  A.map((row) => B[0].map((_, j) => row[row.length - 1] * B[B.length - 1][j]));
