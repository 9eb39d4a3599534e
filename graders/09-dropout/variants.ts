import { defineVariants } from '../kit/toolkit';
import m from './misconceptions';

// The proof of this grader (CONTRIBUTING.md): each wrong variant is the
// solution plus a few edits, and must be named as its own misconception and
// no other; each alternative is a whole correct program that must pass.
const SCALE = 'const scale = 1 / (1 - p);';
const KEEP = '(rng() >= p ? scale : 0)';
const BACKWARD = 'g * mask[i][j]';

export default defineVariants({
  wrong: [
    {
      name: 'vanilla-dropout',
      misconception: m['not-scaled'],
      mistake: 'out = x·m: the kept units are not scaled (vanilla dropout)',
      edits: [[SCALE, 'const scale = 1;']],
    },
    {
      name: 'scale-one-over-p',
      misconception: m['scaled-by-one-over-p'],
      mistake: 'out = x·m/p',
      edits: [[SCALE, 'const scale = 1 / p;']],
    },
    {
      name: 'scale-keep-probability',
      misconception: m['scaled-by-keep-probability'],
      mistake: 'out = x·m·(1 − p)',
      edits: [[SCALE, 'const scale = 1 - p;']],
    },
    {
      name: 'keep-below-p',
      misconception: m['kept-below-p'],
      mistake: 'kept iff rng() < p: keeps with probability p',
      edits: [[KEEP, '(rng() < p ? scale : 0)']],
    },
    {
      name: 'mask-per-row',
      misconception: m['mask-per-row'],
      mistake: 'one rng() call per row, the whole row kept or dropped',
      edits: [
        [
          `const mask = x.map((row) => row.map(() => ${KEEP}));`,
          `const mask = x.map((row) => {\n    const keep = ${KEEP};\n    return row.map(() => keep);\n  });`,
        ],
      ],
    },
    {
      name: 'dropout-in-eval',
      misconception: m['dropout-in-eval'],
      mistake: 'the eval branch left out: units dropped at inference too',
      edits: [
        [
          '  if (!training) return { out: x.map((row) => [...row]), cache: { mask: x.map((row) => row.map(() => 1)) } };\n',
          '',
        ],
      ],
    },
    {
      name: 'backward-ignores-mask',
      misconception: m['backward-ignores-mask'],
      mistake: 'dx = dout/(1 − p) everywhere, dropped units included',
      edits: [
        ['  readonly mask: Matrix;\n', '  readonly mask: Matrix;\n  readonly scale: number;\n'],
        [
          'cache: { mask: x.map((row) => row.map(() => 1)) }',
          'cache: { mask: x.map((row) => row.map(() => 1)), scale: 1 }',
        ],
        ['return { out, cache: { mask } };', 'return { out, cache: { mask, scale } };'],
        [BACKWARD, 'g * cache.scale'],
      ],
    },
    {
      name: 'backward-missing-scale',
      misconception: m['backward-missing-scale'],
      mistake: 'dx = dout·m: the mask without the 1/(1 − p)',
      edits: [[BACKWARD, '(mask[i][j] !== 0 ? g : 0)']],
    },
    {
      name: 'backward-redraws-mask',
      misconception: m['backward-redraws-mask'],
      mistake: 'the backward draws a fresh mask from the rng kept in the cache',
      edits: [
        ['return { out, cache: { mask } };', 'return { out, cache: { mask, p, rng } };'],
        [
          '  const { mask } = cache;',
          '  const { p, rng } = cache as DropoutCache & { p: number; rng: () => number };\n  const mask = rng ? dout.map((row) => row.map(() => (rng() >= p ? 1 / (1 - p) : 0))) : cache.mask;',
        ],
      ],
    },
    {
      name: 'nan-at-p-one',
      misconception: m['nan-at-p-one'],
      mistake: 'M = m/(1 − p) as a division: 0/0 = NaN at p = 1',
      edits: [[KEEP, '((rng() >= p ? 1 : 0) / (1 - p))']],
    },
  ],
  alternatives: [
    {
      name: 'fused-loop',
      difference:
        'one fused index loop that divides each kept element by 1 − p; the cache holds a boolean mask and p, the backward divides again',
    },
    {
      name: 'skips-draws-at-p-0-and-1',
      difference:
        'as PyTorch: at p = 0 and p = 1 the mask is known, so it draws nothing (the identity, or zeros); one draw per element otherwise',
      edits: [
        [
          '  const scale = 1 / (1 - p);',
          '  if (p === 0 || p === 1) {\n    const mask = x.map((row) => row.map(() => (p === 0 ? 1 : 0)));\n    return { out: x.map((row) => row.map((v) => (p === 0 ? v : 0))), cache: { mask } };\n  }\n  const scale = 1 / (1 - p);',
        ],
      ],
    },
    {
      name: 'draws-first',
      difference:
        'all N·D draws first into a flat array, then the mask, the scale precomputed; p = 1 returns zeros explicitly after drawing',
    },
  ],
});
