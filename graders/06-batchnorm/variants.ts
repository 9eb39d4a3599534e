import { defineVariants } from '../kit/toolkit';
import m from './misconceptions';

// The proof of this grader (CONTRIBUTING.md): each wrong variant is the
// solution plus one edit, and must be named as its own misconception and no
// other; each alternative is a whole correct program that must pass.
const DX = 'invStd[j] * (v - meanDxhat[j] - xhat[i][j] * meanDxhatXhat[j])';

export default defineVariants({
  wrong: [
    {
      name: 'layernorm-axis',
      misconception: m['normalised-over-features'],
      mistake: 'the mean and variance of each row (over its C features, as LayerNorm) instead of each feature',
      edits: [
        [
          'const xhat = x.map((row) => row.map((v, j) => (v - mean[j]) * invStd[j]));',
          [
            'const xhat = x.map((row) => {',
            '    const m = row.reduce((s, v) => s + v, 0) / row.length;',
            '    const sd = Math.sqrt(row.reduce((s, v) => s + (v - m) ** 2, 0) / row.length + eps);',
            '    return row.map((v) => (v - m) / sd);',
            '  });',
          ].join('\n'),
        ],
      ],
    },
    {
      name: 'unbiased-variance',
      misconception: m['unbiased-variance-normalised'],
      mistake: 'normalising with σ² = Σ(x − μ)²/(N − 1), as torch.var defaults to',
      edits: [['const variance = squares.map((s) => s / N);', 'const variance = squares.map((s) => s / (N - 1));']],
    },
    {
      name: 'eps-outside-sqrt',
      misconception: m['eps-outside-sqrt'],
      mistake: 'x̂ = (x − μ)/(√σ² + ε)',
      edits: [['1 / Math.sqrt(v + eps)', '1 / (Math.sqrt(v) + eps)']],
    },
    {
      name: 'running-var-biased',
      misconception: m['running-var-biased'],
      mistake: 'running_var updated with the biased σ² the batch was normalised with',
      edits: [['const unbiased = squares.map((s) => s / (N - 1));', 'const unbiased = squares.map((s) => s / N);']],
    },
    {
      name: 'momentum-reversed',
      misconception: m['momentum-reversed'],
      mistake: "running = m·running + (1 − m)·batch, Keras's convention",
      edits: [
        ['(1 - momentum) * r + momentum * mean[j]', 'momentum * r + (1 - momentum) * mean[j]'],
        ['(1 - momentum) * r + momentum * unbiased[j]', 'momentum * r + (1 - momentum) * unbiased[j]'],
      ],
    },
    {
      name: 'eval-batch-statistics',
      misconception: m['eval-uses-batch-statistics'],
      mistake: "eval mode normalises with the batch's own mean and variance",
      edits: [
        [
          'const { mean, var: variance } = running;',
          [
            'const mean = x[0].map((_, j) => x.reduce((s, row) => s + row[j], 0) / x.length);',
            '  const variance = mean.map((m, j) => x.reduce((s, row) => s + (row[j] - m) ** 2, 0) / x.length);',
          ].join('\n'),
        ],
      ],
    },
    {
      name: 'backward-missing-mean-term',
      misconception: m['backward-missing-mean-term'],
      mistake: 'dx = (1/σ)(dx̂ − x̂·mean(dx̂·x̂)): the path through μ dropped',
      edits: [[DX, 'invStd[j] * (v - xhat[i][j] * meanDxhatXhat[j])']],
    },
    {
      name: 'backward-missing-projection-term',
      misconception: m['backward-missing-projection-term'],
      mistake: 'dx = (1/σ)(dx̂ − mean(dx̂)): the path through σ² dropped',
      edits: [[DX, 'invStd[j] * (v - meanDxhat[j])']],
    },
    {
      name: 'dgamma-without-xhat',
      misconception: m['dgamma-without-xhat'],
      mistake: 'dγ = Σᵢ dout, the same as dβ',
      edits: [['dgamma[j] += g[j] * xhat[i][j];', 'dgamma[j] += g[j];']],
    },
    {
      name: 'dx-without-gamma',
      misconception: m['dx-without-gamma'],
      mistake: 'dx̂ = dout: γ left out of dx',
      edits: [
        [
          'const dxhat = dout.map((g) => g.map((v, j) => v * gamma[j]));',
          'const dxhat = dout.map((g) => g.map((v) => v));',
        ],
      ],
    },
  ],
  alternatives: [
    {
      name: 'chain-rule',
      difference: 'the backward step by step through σ² and then μ (CS231n style), the cache holding x, μ and σ²',
    },
    {
      name: 'welford',
      difference:
        'one-pass Welford mean and variance; running statistics as running + m·(batch − running); dx in the closed form (γ/(Nσ))(N·dout − dβ − x̂·dγ)',
    },
  ],
});
