// Mistake: dB = dCᵀ·A, the transpose of the weight gradient.
import { type Matrix, zeros } from '#lib';

export function matmul(A: Matrix, B: Matrix): Matrix {
  const C: Matrix = zeros([A.length, B[0].length]);
  for (let i = 0; i < A.length; i++)
    for (let j = 0; j < B[0].length; j++) for (let p = 0; p < B.length; p++) C[i][j] += A[i][p] * B[p][j];
  return C;
}

export function transpose(A: Matrix): Matrix {
  return A[0].map((_, j) => A.map((row) => row[j]));
}

export function matmulBackward(dC: Matrix, A: Matrix, B: Matrix): { dA: Matrix; dB: Matrix } {
  return { dA: matmul(dC, transpose(B)), dB: matmul(transpose(dC), A) };
}
