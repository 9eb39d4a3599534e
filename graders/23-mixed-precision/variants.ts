import { defineVariants } from '../kit/toolkit';
import m from './misconceptions';

// The proof of this grader: each wrong variant is the solution plus one edit
// and must be named as its own misconception and no other; each alternative
// is a whole correct program that must pass.
const ROUND = 'if (r > 0.5 || (r === 0.5 && n % 2 === 1)) n += 1;';
const RESULT = 'return Math.sign(x) * (h > FLOAT16_MAX ? Number.POSITIVE_INFINITY : h);';

export default defineVariants({
  wrong: [
    {
      name: 'truncates',
      misconception: m.truncates,
      mistake: 'drops the low bits: no rounding step',
      edits: [[ROUND, '']],
    },
    {
      name: 'ties-away-from-zero',
      misconception: m['ties-away-from-zero'],
      mistake: 'rounds halves up, as Math.round would, instead of to even',
      edits: [[ROUND, 'if (r >= 0.5) n += 1;']],
    },
    {
      name: 'overflow-above-max',
      misconception: m['overflow-above-max'],
      mistake: 'anything above 65504 is infinite, so 65505…65519 overflow',
      edits: [['h > FLOAT16_MAX ?', 'a > FLOAT16_MAX ?']],
    },
    {
      name: 'saturates',
      misconception: m.saturates,
      mistake: 'clamps to ±65504 instead of overflowing to ±Infinity',
      edits: [[RESULT, 'return Math.sign(x) * Math.min(h, FLOAT16_MAX);']],
    },
    {
      name: 'flushes-subnormals',
      misconception: m['flushes-subnormals'],
      mistake: 'flushes everything below the smallest normal 2⁻¹⁴ to zero',
      edits: [
        ['  const a = Math.abs(x);\n', '  const a = Math.abs(x);\n  if (a < 2 ** -14) return Math.sign(x) * 0;\n'],
      ],
    },
    {
      name: 'loses-negative-zero',
      misconception: m['loses-negative-zero'],
      mistake: 'returns a plain 0 whenever the result is zero',
      edits: [[RESULT, 'return h === 0 ? 0 : Math.sign(x) * (h > FLOAT16_MAX ? Number.POSITIVE_INFINITY : h);']],
    },
    {
      name: 'double-rounding',
      misconception: m['double-rounding'],
      mistake: 'goes through float32 first (Math.fround), rounding twice',
      edits: [['const a = Math.abs(x);', 'const a = Math.abs(Math.fround(x));']],
    },
    {
      name: 'grows-one-step-late',
      misconception: m['grows-one-step-late'],
      mistake: 'grows once the count exceeds growthInterval, one clean step late',
      edits: [['if (good >= growthInterval)', 'if (good > growthInterval)']],
    },
    {
      name: 'overflow-keeps-count',
      misconception: m['overflow-keeps-count'],
      mistake: 'backs off the scale but keeps counting clean steps across the overflow',
      edits: [
        [
          'return { scale: state.scale * backoffFactor, goodSteps: 0 };',
          'return { scale: state.scale * backoffFactor, goodSteps: state.goodSteps };',
        ],
      ],
    },
    {
      name: 'unscales-in-float16',
      misconception: m['unscales-in-float16'],
      mistake: 'rounds the unscaled gradients to half again',
      edits: [['grad16.map((g) => g * inv)', 'grad16.map((g) => toFloat16(g * inv))']],
    },
    {
      name: 'forgets-unscale',
      misconception: m['forgets-unscale'],
      mistake: 'steps on the gradients of the scaled loss',
      edits: [['grad16.map((g) => g * inv)', 'grad16.map((g) => g)']],
    },
    {
      name: 'steps-on-overflow',
      misconception: m['steps-on-overflow'],
      mistake: 'backs off the scale and reports the skip, but updates the master anyway',
      edits: [['foundInf ? [...master] : master.map(', 'master.map(']],
    },
    {
      name: 'master-in-float16',
      misconception: m['master-in-float16'],
      mistake: 'keeps the master weights in half',
      edits: [['(w, i) => w - opts.lr * grads[i]', '(w, i) => toFloat16(w - opts.lr * grads[i])']],
    },
  ],
  alternatives: [
    {
      name: 'half-bits',
      difference:
        "reads the double's bits with a DataView and builds the 16-bit pattern (round to nearest even on the dropped bits), then decodes it; the scaler counts with PyTorch's ==",
    },
    {
      name: 'math-round',
      difference:
        'finds the binade by halving and doubling, rounds with Math.round and undoes its ties-up; unscales by dividing by the scale',
    },
  ],
});
