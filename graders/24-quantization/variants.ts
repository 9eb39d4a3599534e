import { defineVariants } from '../kit/toolkit';
import m from './misconceptions';

// The proof of this grader: each wrong variant is the solution plus one edit
// and must be named as its own misconception and no other; each alternative
// is a whole correct program that must pass.
export default defineVariants({
  wrong: [
    {
      name: 'zero-point-not-rounded',
      misconception: m['zero-point-not-rounded'],
      mistake: 'zeroPoint = qmin − lo/scale, not rounded',
      edits: [['clamp(qmin - roundHalfEven(lo / scale), qmin, qmax)', 'clamp(qmin - lo / scale, qmin, qmax)']],
    },
    {
      name: 'range-excludes-zero',
      misconception: m['range-excludes-zero'],
      mistake: 'uses [min, max] as given, without extending it to include 0',
      edits: [['const lo = Math.min(min, 0);\n  const hi = Math.max(max, 0);', 'const lo = min;\n  const hi = max;']],
    },
    {
      name: 'ties-math-round',
      misconception: m['ties-not-to-even'],
      mistake: 'rounds with Math.round, which sends every half up',
      edits: [
        [
          'clamp(roundHalfEven(v / scale) + zeroPoint, qmin, qmax)',
          'clamp(Math.round(v / scale) + zeroPoint, qmin, qmax)',
        ],
      ],
    },
    {
      name: 'no-clamp',
      misconception: m['no-clamp'],
      mistake: 'quantize does not clamp to [qmin, qmax]',
      edits: [['clamp(roundHalfEven(v / scale) + zeroPoint, qmin, qmax)', 'roundHalfEven(v / scale) + zeroPoint']],
    },
    {
      name: 'dequantize-ignores-zero-point',
      misconception: m['dequantize-ignores-zero-point'],
      mistake: 'dequantize as q·scale',
      edits: [['q.map((v) => (v - zeroPoint) * scale)', 'q.map((v) => v * scale)']],
    },
    {
      name: 'symmetric-max-only',
      misconception: m['symmetric-max-only'],
      mistake: 'symmetric scale from max alone',
      edits: [
        [
          'Math.max(Math.max(-lo, hi) / ((qmax - qmin) / 2), FLOAT32_EPS)',
          'Math.max(hi / ((qmax - qmin) / 2), FLOAT32_EPS)',
        ],
      ],
    },
    {
      name: 'per-channel-wrong-axis',
      misconception: m['per-channel-wrong-axis'],
      mistake: 'one scale per column (input channel) instead of per row',
      edits: [
        [
          'export function quantizePerChannel(W: number[][], opts: QuantOptions = {}): PerChannel {\n  const { qmin = -128, qmax = 127 } = opts;\n  const rows = W.map((row) => {',
          'export function quantizePerChannel(W: number[][], opts: QuantOptions = {}): PerChannel {\n  const { qmin = -128, qmax = 127 } = opts;\n  const cols = W[0].map((_, k) => W.map((row) => row[k]));\n  const perCol = cols.map((col) => quantParams(minOf(col), maxOf(col), opts));\n  return {\n    q: W.map((row) => row.map((v, k) => quantize([v], perCol[k].scale, perCol[k].zeroPoint, qmin, qmax)[0])),\n    scale: perCol.map((p) => p.scale),\n    zeroPoint: perCol.map((p) => p.zeroPoint),\n  };\n  const rows = W.map((row) => {',
        ],
      ],
    },
    {
      name: 'static-uses-batch-range',
      misconception: m['static-uses-batch-range'],
      mistake: 'staticQuantLinear recomputes the activation params from the batch',
      edits: [
        [
          'return quantLinear(x, W, b, xParams, opts.perChannel ?? false);',
          'const all = x.flat();\n  return quantLinear(x, W, b, quantParams(minOf(all), maxOf(all)), opts.perChannel ?? false);',
        ],
      ],
    },
    {
      name: 'ste-unmasked',
      misconception: m['ste-unmasked'],
      mistake: 'the straight-through gradient is 1 everywhere',
      edits: [['dout.map((d, i) => (passes[i] ? d : 0))', 'dout.map((d) => d)']],
    },
    {
      name: 'observer-last-batch',
      misconception: m['observer-last-batch'],
      mistake: 'observe returns the last batch’s min and max',
      edits: [
        [
          'return { min: Math.min(start.min, minOf(x)), max: Math.max(start.max, maxOf(x)) };',
          'return { min: minOf(x), max: maxOf(x) };\n  void start;',
        ],
      ],
    },
  ],
  alternatives: [
    {
      name: 'bit-trick',
      difference:
        'rounds half to even with the float trick (v + 2⁵²) − 2⁵², accumulates the integer matmul in BigInt, and builds per-channel in one vectorised pass',
    },
    {
      name: 'loops',
      difference:
        'index loops; per-channel as a loop over rows calling quantParams and quantize; rounding by Math.floor and a tie check; bias added before the rescale as b/(sx·sw)',
    },
  ],
});
