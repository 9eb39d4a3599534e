import { defineVariants } from '../kit/toolkit';
import m from './misconceptions';

// The proof of this grader (CONTRIBUTING.md): each wrong variant is the
// solution plus one edit, and must be named as its own misconception and no
// other; each alternative is a whole correct program that must pass.
const headScores = '(m && m[i][j] === 0 ? HIDDEN_SCORE : scale * dot(qi, kj))';
const maskedDS = '(mask && mask[b][h][i][j] === 0 ? 0 : pij * (dP[i][j] - pdp))';
const backwardScale = 'const scale = 1 / Math.sqrt(q[0].length);\n      const dP';
const forwardScale = 'const scale = 1 / Math.sqrt(q[0].length);\n  return';

export default defineVariants({
  wrong: [
    {
      name: 'no-scale',
      misconception: m['scale-missing'],
      mistake:
        'scores = Q·Kᵀ with no 1/√d_k, forward and backward (consistent with itself, wrong against the definition)',
      edits: [
        [backwardScale, 'const scale = 1;\n      const dP'],
        [forwardScale, 'const scale = 1;\n  return'],
      ],
    },
    {
      name: 'divide-by-dk',
      misconception: m['divided-by-dk'],
      mistake: 'the scores are divided by d_k instead of √d_k, forward and backward',
      edits: [
        [backwardScale, 'const scale = 1 / q[0].length;\n      const dP'],
        [forwardScale, 'const scale = 1 / q[0].length;\n  return'],
      ],
    },
    {
      name: 'mask-ignored',
      misconception: m['mask-ignored'],
      mistake: 'the mask is never read, forward or backward',
      edits: [
        [headScores, 'scale * dot(qi, kj)'],
        [maskedDS, 'pij * (dP[i][j] - pdp)'],
      ],
    },
    {
      name: 'mask-inverted',
      misconception: m['mask-inverted'],
      mistake: "1 read as hidden, PyTorch's attn_mask convention",
      edits: [
        [headScores, '(m && m[i][j] === 1 ? HIDDEN_SCORE : scale * dot(qi, kj))'],
        [maskedDS, '(mask && mask[b][h][i][j] === 1 ? 0 : pij * (dP[i][j] - pdp))'],
      ],
    },
    {
      name: 'mask-after-softmax',
      misconception: m['mask-after-softmax'],
      mistake: "softmax over all keys, then the hidden keys' weights zeroed, without renormalising the row",
      edits: [
        [
          `softmax(k.map((kj, j) => ${headScores}))`,
          'softmax(k.map((kj) => scale * dot(qi, kj))).map((p, j) => (m && m[i][j] === 0 ? 0 : p))',
        ],
      ],
    },
    {
      name: 'softmax-over-queries',
      misconception: m['softmax-over-queries'],
      mistake: 'softmax over each column of the scores (axis 2, the queries) instead of each row',
      edits: [
        [
          `return q.map((qi, i) => softmax(k.map((kj, j) => ${headScores})));`,
          `return transpose(k.map((kj, j) => softmax(q.map((qi, i) => ${headScores}))));`,
        ],
      ],
    },
    {
      name: 'no-max-subtraction',
      misconception: m['no-max-subtraction'],
      mistake:
        'softmax as exp(s)/Σexp(s) without subtracting the row max: exp overflows for scores above ≈ 709, and exp(−1e9) underflows to 0/0 in a fully hidden row',
      edits: [
        [
          'const max = Math.max(...s);\n  const e = s.map((x) => Math.exp(x - max));',
          'const e = s.map((x) => Math.exp(x));',
        ],
      ],
    },
    {
      name: 'elementwise-softmax-backward',
      misconception: m['elementwise-softmax-backward'],
      mistake: 'dS = dP ⊙ P, as if softmax were element-wise (the −P·Σ(dP ⊙ P) term of the Jacobian missing)',
      edits: [[maskedDS, '(mask && mask[b][h][i][j] === 0 ? 0 : pij * dP[i][j])']],
    },
    {
      name: 'dq-unscaled',
      misconception: m['dq-unscaled'],
      mistake: 'dQ = dS·K, the 1/√d_k forgotten in backward (dK keeps it)',
      edits: [['dQ[b].push(scaled(matmul(dS, K[b][h]), scale));', 'dQ[b].push(matmul(dS, K[b][h]));']],
    },
    {
      name: 'dk-unscaled',
      misconception: m['dk-unscaled'],
      mistake: 'dK = dSᵀ·Q, the 1/√d_k forgotten in backward (dQ keeps it)',
      edits: [['dK[b].push(scaled(matmul(transpose(dS), q), scale));', 'dK[b].push(matmul(transpose(dS), q));']],
    },
    {
      name: 'gradient-through-hidden-scores',
      misconception: m['gradient-through-hidden-scores'],
      mistake: 'dS not zeroed where mask == 0 (it shows in fully hidden rows)',
      edits: [[maskedDS, 'pij * (dP[i][j] - pdp)']],
    },
  ],
  alternatives: [
    {
      name: 'online-softmax',
      difference:
        'single streaming pass over the keys with a running max and sum (flash-attention style); backward accumulates per (i, j)',
    },
    {
      name: 'explicit-jacobian',
      difference: 'flat loops, scale folded into Q, softmax backward as the explicit per-row Jacobian diag(p) − p·pᵀ',
    },
    {
      name: 'neg-infinity-mask',
      difference: 'hidden scores −Infinity, with an explicit uniform fallback for fully hidden rows',
      edits: [
        [
          `/** The guide's masked_fill(mask == 0, -1e9): a finite fill, so a row with every key hidden is uniform. */
const HIDDEN_SCORE = -1e9;

`,
          '',
        ],
        [
          '  return q.map((qi, i) => softmax(k.map((kj, j) => (m && m[i][j] === 0 ? HIDDEN_SCORE : scale * dot(qi, kj)))));',
          `  return q.map((qi, i) => {
    if (m?.[i].every((x) => x === 0)) return k.map(() => 1 / k.length);
    return softmax(k.map((kj, j) => (m && m[i][j] === 0 ? -Infinity : scale * dot(qi, kj))));
  });`,
        ],
      ],
    },
  ],
});
