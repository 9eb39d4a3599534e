import { defineVariants } from '../kit/toolkit';
import m from './misconceptions';

// The proof of this grader (CONTRIBUTING.md): each wrong variant is the
// solution plus one edit, and must be named as its own misconception and no
// other; each alternative is a whole correct program that must pass.
export default defineVariants({
  wrong: [
    {
      name: 'relu-after-addition',
      misconception: m['relu-after-addition'],
      mistake: 'out = ReLU(x + F(x)), the post-activation ResNet v1 block',
      edits: [['row.map((v, j) => v + f[i][j])', 'row.map((v, j) => Math.max(v + f[i][j], 0))']],
    },
    {
      name: 'weight-not-transposed',
      misconception: m['weight-not-transposed'],
      mistake: 'x·W instead of x·Wᵀ in the linear layers',
      edits: [['s + v * W[j][k], bj', 's + v * W[k][j], bj']],
    },
    {
      name: 'dx-missing-skip',
      misconception: m['dx-missing-skip'],
      mistake: 'dx = dz·W1, through F only',
      edits: [['g.map((v, k) => v + dz[i]', 'g.map((_v, k) => dz[i]']],
    },
    {
      name: 'bias-grad-wrong-axis',
      misconception: m['bias-grad-wrong-axis'],
      mistake: 'db = the sum of each row, over the features',
      edits: [
        [
          'return g[0].map((_, j) => g.reduce((s, row) => s + row[j], 0));',
          'return g.map((row) => row.reduce((s, v) => s + v, 0));',
        ],
      ],
    },
    {
      name: 'relu-grad-at-kink',
      misconception: m['relu-grad-at-kink'],
      mistake: 'the mask z ≥ 0: ReLU′(0) = 1',
      edits: [['(z[i][j] > 0 ?', '(z[i][j] >= 0 ?']],
    },
    {
      name: 'dw2-from-pre-activation',
      misconception: m['dw2-from-pre-activation'],
      mistake: 'dW2 = doutᵀ·z instead of doutᵀ·h',
      edits: [['const dW2 = outer(dout, h);', 'const dW2 = outer(dout, z);']],
    },
    {
      name: 'backward-missing-relu-mask',
      misconception: m['backward-missing-relu-mask'],
      mistake: 'dz = dh, no ReLU mask',
      edits: [
        [
          '(z[i][j] > 0 ? g.reduce((s, v, k) => s + v * W2[k][j], 0) : 0)',
          'g.reduce((s, v, k) => s + v * W2[k][j], 0)',
        ],
      ],
    },
  ],
  alternatives: [
    {
      name: 'matrix-helpers',
      difference: 'matmul and transpose helpers, and the ReLU mask cached as 0/1 instead of z',
    },
    {
      name: 'loops-recomputed-mask',
      difference: 'index loops, and the mask recomputed from h = ReLU(z) > 0 in the backward',
    },
  ],
});
