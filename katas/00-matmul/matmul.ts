import { notImplemented, type Matrix } from '#lib';

/**
 * C = A·B for A of shape [m, k] and B of shape [k, n]; C has shape [m, n]
 * and C[i][j] = Σₚ A[i][p]·B[p][j].
 */
export function matmul(A: Matrix, B: Matrix): Matrix {
  return notImplemented('matmul');
}

/** Aᵀ: for A of shape [m, n], the [n, m] matrix with Aᵀ[j][i] = A[i][j]. Leave A unchanged. */
export function transpose(A: Matrix): Matrix {
  return notImplemented('transpose');
}

/**
 * Backward of C = A·B. Given dC = ∂L/∂C (shape [m, n]) return
 * dA = ∂L/∂A = dC·Bᵀ (shape [m, k]) and dB = ∂L/∂B = Aᵀ·dC (shape [k, n]).
 */
export function matmulBackward(dC: Matrix, A: Matrix, B: Matrix): { dA: Matrix; dB: Matrix } {
  return notImplemented('matmulBackward');
}
