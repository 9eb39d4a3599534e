import { type Matrix, notImplemented } from '#lib';

/**
 * C = A·B for A of shape [m, k] and B of shape [k, n]; C has shape [m, n]
 * and C[i][j] = Σₚ A[i][p]·B[p][j]. Any shapes from 1×1 up, thin ones
 * included: a [1, k] row times a [k, 1] column is a 1×1 matrix. Return a new
 * matrix; leave A and B unchanged.
 */
export function matmul(A: Matrix, B: Matrix): Matrix {
  return notImplemented('matmul');
}

/** Aᵀ: for A of shape [m, n], the [n, m] matrix with Aᵀ[j][i] = A[i][j]. Leave A unchanged. */
export function transpose(A: Matrix): Matrix {
  return notImplemented('transpose');
}

/**
 * Backward of C = A·B. Given the upstream gradient dC = ∂L/∂C (shape
 * [m, n]) of some scalar loss L, return dA = ∂L/∂A (shape [m, k], like A)
 * and dB = ∂L/∂B (shape [k, n], like B).
 *
 * The contract to verify: dA = dC·Bᵀ and dB = Aᵀ·dC. Derive them from the
 * index formula before you code them (the README's Hint 2); the grader
 * checks them against autodiff and against finite differences of your own
 * matmul. Leave dC, A and B unchanged.
 */
export function matmulBackward(dC: Matrix, A: Matrix, B: Matrix): { dA: Matrix; dB: Matrix } {
  return notImplemented('matmulBackward');
}
