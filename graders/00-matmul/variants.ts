import { defineVariants } from '../kit/toolkit';
import m from './misconceptions';

// The proof of this grader (CONTRIBUTING.md): each wrong variant is the
// solution plus one edit, and must be named as its own misconception and no
// other; each alternative is a whole correct program that must pass.
export default defineVariants({
  wrong: [
    {
      name: 'db-transposed',
      misconception: m['db-transposed'],
      mistake: 'dB = dCᵀ·A, the transpose of the weight gradient',
      edits: [['dB: matmul(transpose(A), dC)', 'dB: matmul(transpose(dC), A)']],
    },
    {
      name: 'overwrite-not-accumulate',
      misconception: m['overwrite-not-accumulate'],
      mistake: 'C[i][j] = a·b instead of +=',
      edits: [['s += A[i][p] * B[p][j]', 's = A[i][p] * B[p][j]']],
    },
    {
      name: 'inner-loop-bound',
      misconception: m['inner-loop-bound'],
      mistake: 'the dot product runs over n = B[0].length instead of k = B.length',
      edits: [['for (let p = 0; p < k; p++)', 'for (let p = 0; p < n; p++)']],
    },
    {
      name: 'transpose-in-place',
      misconception: m['transpose-in-place'],
      mistake: "transpose swaps entries in the caller's matrix",
      edits: [
        [
          'return A[0].map((_, j) => A.map((row) => row[j]));',
          'for (let i = 0; i < A.length; i++) {\n    for (let j = i + 1; j < A[0].length; j++) [A[i][j], A[j][i]] = [A[j][i], A[i][j]];\n  }\n  return A;',
        ],
      ],
    },
    {
      name: 'da-not-transposed',
      misconception: m['da-not-transposed'],
      mistake: 'dA = dC·B without transposing B',
      edits: [['dA: matmul(dC, transpose(B))', 'dA: matmul(dC, B)']],
    },
    {
      name: 'gradients-swapped',
      misconception: m['gradients-swapped'],
      mistake: 'the formulas for dA and dB swapped',
      edits: [
        [
          '{ dA: matmul(dC, transpose(B)), dB: matmul(transpose(A), dC) }',
          '{ dA: matmul(transpose(A), dC), dB: matmul(dC, transpose(B)) }',
        ],
      ],
    },
  ],
  alternatives: [
    { name: 'ikj-loop-order', difference: 'i-p-j loop order, backward as explicit loops' },
    { name: 'functional-reduce', difference: 'map/reduce dot products; dB as (dCᵀ·A)ᵀ' },
  ],
});
