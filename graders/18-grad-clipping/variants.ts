import { defineVariants } from '../kit/toolkit';
import m from './misconceptions';

// The proof of this grader (CONTRIBUTING.md): each wrong variant is the
// solution plus a small edit and must be named as its own misconception and
// no other; each alternative is a whole correct program that must pass.
const SCALE_ALL = `  const scale = maxNorm / totalNorm;
  return { grads: grads.map((g) => g.map((v) => v * scale)), totalNorm };`;

export default defineVariants({
  wrong: [
    {
      name: 'per-tensor-norm',
      misconception: m['per-tensor-norm'],
      mistake: 'each tensor clipped by its own norm, min(1, maxNorm/‖gₖ‖)',
      edits: [
        [
          SCALE_ALL,
          `  return {
    grads: grads.map((g) => {
      const own = Math.sqrt(sumOfSquares(g));
      return own > maxNorm ? g.map((v) => v * (maxNorm / own)) : [...g];
    }),
    totalNorm,
  };`,
        ],
      ],
    },
    {
      name: 'sum-of-norms',
      misconception: m['sum-of-norms'],
      mistake: 'T = Σₖ‖gₖ‖, the per-tensor norms added',
      edits: [
        ['total += sumOfSquares(g);', 'total += Math.sqrt(sumOfSquares(g));'],
        ['const totalNorm = Math.sqrt(total);', 'const totalNorm = total;'],
      ],
    },
    {
      name: 'squared-norm',
      misconception: m['squared-norm'],
      mistake: 'T = Σ g², no square root',
      edits: [['const totalNorm = Math.sqrt(total);', 'const totalNorm = total;']],
    },
    {
      name: 'rms-norm',
      misconception: m['rms-norm'],
      mistake: 'T = √(Σ g²/n), the RMS over all elements',
      edits: [
        [
          'const totalNorm = Math.sqrt(total);',
          'const totalNorm = Math.sqrt(total / grads.reduce((n, g) => n + g.length, 0));',
        ],
      ],
    },
    {
      name: 'scales-up',
      misconception: m['scales-up'],
      mistake: 'factor maxNorm/T even below the bound',
      edits: [['!Number.isFinite(totalNorm) || totalNorm <= maxNorm', '!Number.isFinite(totalNorm)']],
    },
    {
      name: 'post-clip-norm',
      misconception: m['post-clip-norm'],
      mistake: 'returns the norm after clipping, maxNorm, when clipped',
      edits: [['v * scale)), totalNorm };', 'v * scale)), totalNorm: maxNorm };']],
    },
    {
      name: 'non-finite-scaled',
      misconception: m['non-finite-scaled'],
      mistake: 'a NaN or ∞ norm clipped anyway: grads scaled by NaN or 0',
      edits: [['!Number.isFinite(totalNorm) || totalNorm <= maxNorm', 'totalNorm <= maxNorm']],
    },
    {
      name: 'value-upper-only',
      misconception: m['value-upper-only'],
      mistake: 'clipGradValue as min(g, c), the lower side left open',
      edits: [['Math.min(Math.max(v, -clipValue), clipValue)', 'Math.min(v, clipValue)']],
    },
    {
      name: 'clips-in-place',
      misconception: m['clips-in-place'],
      mistake: "clipGradNorm scales the caller's arrays and returns them",
      edits: [
        [
          SCALE_ALL,
          `  const scale = maxNorm / totalNorm;
  const own = grads as number[][];
  for (const g of own) for (let i = 0; i < g.length; i++) g[i] *= scale;
  return { grads: own, totalNorm };`,
        ],
      ],
    },
  ],
  alternatives: [
    {
      name: 'pytorch-eps',
      difference:
        "PyTorch's clip_coef = maxNorm/(T + 1e-6) clamped to 1 and applied always (a factor of exactly 1 below the bound); clipGradValue with comparisons",
    },
    {
      name: 'scaled-sum',
      difference:
        "T by LAPACK dnrm2's overflow-safe scaled sum of squares after a scan for NaN and ∞; grads as (v·maxNorm)/T in index loops; clipGradValue as max(−c, min(c, v))",
    },
    {
      name: 'norm-of-norms',
      difference:
        'per-tensor norms by a running Math.hypot, then the norm of those norms; grads divided by T/maxNorm; clipGradValue as sign(v)·min(|v|, c)',
    },
    {
      name: 'tf-global-norm',
      difference:
        "TensorFlow's clip_by_global_norm: every element times maxNorm / max(T, maxNorm), applied always, so below the bound g·maxNorm/maxNorm rounds twice",
    },
  ],
});
