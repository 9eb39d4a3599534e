// Correct, written differently: rows dotted with columns through map/reduce, backward by composition.
import type { Matrix } from '#lib';

const dot = (u: number[], v: number[]): number => u.reduce((s, x, i) => s + x * v[i], 0);

export function transpose(A: Matrix): Matrix {
  return A[0].map((_, j) => A.map((row) => row[j]));
}

export function matmul(A: Matrix, B: Matrix): Matrix {
  const columns = transpose(B);
  return A.map((row) => columns.map((col) => dot(row, col)));
}

export function matmulBackward(dC: Matrix, A: Matrix, B: Matrix): { dA: Matrix; dB: Matrix } {
  return { dA: matmul(dC, transpose(B)), dB: transpose(matmul(transpose(dC), A)) };
}
