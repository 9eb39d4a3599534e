// Correct, written differently: i-p-j loop order (streams rows of B), explicit backward loops.
import type { Matrix } from '#lib';

export function matmul(A: Matrix, B: Matrix): Matrix {
  const C = A.map(() => new Array<number>(B[0].length).fill(0));
  for (let i = 0; i < A.length; i++) {
    for (let p = 0; p < B.length; p++) {
      const a = A[i][p];
      const row = B[p];
      for (let j = 0; j < row.length; j++) C[i][j] += a * row[j];
    }
  }
  return C;
}

export function transpose(A: Matrix): Matrix {
  const T: Matrix = [];
  for (let j = 0; j < A[0].length; j++) {
    T.push([]);
    for (let i = 0; i < A.length; i++) T[j].push(A[i][j]);
  }
  return T;
}

export function matmulBackward(dC: Matrix, A: Matrix, B: Matrix): { dA: Matrix; dB: Matrix } {
  const dA = A.map((row) => row.map(() => 0));
  const dB = B.map((row) => row.map(() => 0));
  for (let i = 0; i < A.length; i++) {
    for (let p = 0; p < B.length; p++) {
      for (let j = 0; j < B[0].length; j++) {
        dA[i][p] += dC[i][j] * B[p][j];
        dB[p][j] += A[i][p] * dC[i][j];
      }
    }
  }
  return { dA, dB };
}
