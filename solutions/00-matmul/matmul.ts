import { type Matrix, zeros } from '#lib';

export function matmul(A: Matrix, B: Matrix): Matrix {
  const m = A.length;
  const k = B.length;
  const n = B[0].length;
  const C: Matrix = zeros([m, n]);
  for (let i = 0; i < m; i++) {
    for (let j = 0; j < n; j++) {
      let s = 0;
      for (let p = 0; p < k; p++) s += A[i][p] * B[p][j];
      C[i][j] = s;
    }
  }
  return C;
}

export function transpose(A: Matrix): Matrix {
  return A[0].map((_, j) => A.map((row) => row[j]));
}

export function matmulBackward(dC: Matrix, A: Matrix, B: Matrix): { dA: Matrix; dB: Matrix } {
  return { dA: matmul(dC, transpose(B)), dB: matmul(transpose(A), dC) };
}
