import { defineVariants } from '../kit/toolkit';
import m from './misconceptions';

// The proof of this grader (CONTRIBUTING.md): each wrong variant is the
// solution plus one edit, and must be named as its own misconception and no
// other; each alternative is a whole correct program that must pass.
const DX = 'invStd[i] * (v - meanDxhat - h[j] * meanDxhatXhat)';

export default defineVariants({
  wrong: [
    {
      name: 'batch-axis',
      misconception: m['normalised-over-batch'],
      mistake: 'the mean and variance of each column (over the N rows, as BatchNorm) instead of each row',
      edits: [
        [
          '  for (const row of x) {',
          '  const columns = x[0].map((_, j) => x.map((r) => r[j]));\n  for (const row of columns) {',
        ],
        [
          '  const out = xhat.map(',
          '  const byColumn = xhat.splice(0, xhat.length);\n  for (let i = 0; i < x.length; i++) xhat.push(byColumn.map((col) => col[i]));\n  const out = xhat.map(',
        ],
      ],
    },
    {
      name: 'unbiased-variance',
      misconception: m['unbiased-variance'],
      mistake: 'σ² = Σ(x − μ)²/(D − 1), as torch.var defaults to',
      edits: [['centred.reduce((s, c) => s + c * c, 0) / d;', 'centred.reduce((s, c) => s + c * c, 0) / (d - 1);']],
    },
    {
      name: 'eps-outside-sqrt',
      misconception: m['eps-outside-sqrt'],
      mistake: 'x̂ = (x − μ)/(√σ² + ε)',
      edits: [['1 / Math.sqrt(variance + eps)', '1 / (Math.sqrt(variance) + eps)']],
    },
    {
      name: 'rmsnorm',
      misconception: m['mean-not-subtracted'],
      mistake: 'the mean never subtracted: x/√(mean(x²) + ε), RMSNorm',
      edits: [['const centred = row.map((v) => v - mu);', 'const centred = row.map((v) => v + 0 * mu);']],
    },
    {
      name: 'backward-missing-mean-term',
      misconception: m['backward-missing-mean-term'],
      mistake: 'dx = (1/σ)(dx̂ − x̂·mean(dx̂·x̂)): the path through μ dropped',
      edits: [[DX, 'invStd[i] * (v - h[j] * meanDxhatXhat)']],
    },
    {
      name: 'backward-missing-projection-term',
      misconception: m['backward-missing-projection-term'],
      mistake: 'dx = (1/σ)(dx̂ − mean(dx̂)): the path through σ² dropped',
      edits: [[DX, 'invStd[i] * (v - meanDxhat)']],
    },
    {
      name: 'dgamma-without-xhat',
      misconception: m['dgamma-without-xhat'],
      mistake: 'dγ = Σᵢ dout, the same as dβ',
      edits: [['dgamma[j] += g[j] * h[j];', 'dgamma[j] += g[j];']],
    },
    {
      name: 'dx-without-gamma',
      misconception: m['dx-without-gamma'],
      mistake: 'dx̂ = dout: γ left out of dx',
      edits: [['const dxhat = g.map((v, j) => v * gamma[j]);', 'const dxhat = g.map((v) => v);']],
    },
  ],
  alternatives: [
    {
      name: 'chain-rule',
      difference: 'the backward step by step through μ and σ² (CS231n style), the cache holding x, μ and σ²',
    },
    {
      name: 'welford',
      difference:
        'one-pass Welford mean and variance; the backward as the Jacobian (δᵢⱼ − 1/D − x̂ᵢx̂ⱼ/D)/σ applied row by row',
    },
  ],
});
