import { defineMisconceptions } from '../kit/toolkit';

// What each known mistake is, in the learner's terms: the one place its words live.
export default defineMisconceptions('matmul', {
  'overwrite-not-accumulate':
    'C[i][j] keeps only the last product A[i][k−1]·B[k−1][j]: the dot product is a sum, so accumulate it with +=',
  'inner-loop-bound':
    'the dot product runs over the wrong length: C[i][j] = Σₚ A[i][p]·B[p][j] sums over the shared size k = A[0].length = B.length, not over n = B[0].length',
  'transpose-in-place':
    "transpose swaps the entries of the caller's matrix in place: build and return a new [n, m] matrix and leave A as it was",
  'db-transposed': 'dB is transposed: ∂L/∂B = Aᵀ·dC, shaped [k, n] like B, not dCᵀ·A',
  'da-not-transposed': 'dA = dC·B is missing the transpose: ∂L/∂A = dC·Bᵀ, shaped [m, k] like A',
  'gradients-swapped':
    'dA and dB are swapped: ∂L/∂A = dC·Bᵀ has the shape of A, ∂L/∂B = Aᵀ·dC the shape of B (each gradient has the shape of what it differentiates)',
});
