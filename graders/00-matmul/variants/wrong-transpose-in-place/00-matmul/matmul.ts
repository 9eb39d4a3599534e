// Mistake: transpose swaps entries in place, changing the caller's matrix.
import { type Matrix, zeros } from '#lib';

export function matmul(A: Matrix, B: Matrix): Matrix {
  const C: Matrix = zeros([A.length, B[0].length]);
  for (let i = 0; i < A.length; i++)
    for (let j = 0; j < B[0].length; j++) for (let p = 0; p < B.length; p++) C[i][j] += A[i][p] * B[p][j];
  return C;
}

export function transpose(A: Matrix): Matrix {
  const n = Math.max(A.length, A[0].length);
  for (let i = 0; i < n; i++) {
    A[i] ??= [];
    for (let j = i + 1; j < n; j++) {
      A[j] ??= [];
      const t = A[i][j];
      A[i][j] = A[j][i];
      A[j][i] = t;
    }
  }
  return A.map((row) => row.slice(0, A.length)).filter((row) => row.length > 0);
}

export function matmulBackward(dC: Matrix, A: Matrix, B: Matrix): { dA: Matrix; dB: Matrix } {
  return { dA: matmul(dC, transpose(B)), dB: matmul(transpose(A), dC) };
}
