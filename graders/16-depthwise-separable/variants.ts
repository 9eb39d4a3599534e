import { defineVariants } from '../kit/toolkit';
import m from './misconceptions';

// The proof of this grader (CONTRIBUTING.md): each wrong variant is the
// solution plus one edit, and must be named as its own misconception and no
// other; each alternative is a whole correct program that must pass.
const SEPARABLE_PARAMS = 'const params = Cin * k * k + Cin * Cout;';

export default defineVariants({
  wrong: [
    {
      name: 'depthwise-sums-channels',
      misconception: m['depthwise-sums-channels'],
      mistake: 'each output channel sums every input channel through its filter, as a full conv with all-ones mixing',
      edits: [
        [
          'if (q >= 0 && q < W) s += x[n][c][r][q] * w[c][0][a][b];',
          'if (q >= 0 && q < W) for (let ci = 0; ci < C; ci++) s += x[n][ci][r][q] * w[c][0][a][b];',
        ],
      ],
    },
    {
      name: 'depthwise-one-filter',
      misconception: m['depthwise-one-filter'],
      mistake: 'w[0] filters every channel',
      edits: [['s += x[n][c][r][q] * w[c][0][a][b];', 's += x[n][c][r][q] * w[0][0][a][b];']],
    },
    {
      name: 'depthwise-stride-ignored',
      misconception: m['depthwise-stride-ignored'],
      mistake: 'the window of output (i, j) starts at (i − p, j − p), the output size still divided by the stride',
      edits: [
        [
          'let s = 0;\n          for (let a = 0; a < k; a++) {\n            const r = i * stride - padding + a;',
          'let s = 0;\n          for (let a = 0; a < k; a++) {\n            const r = i - padding + a;',
        ],
        [
          'const q = j * stride - padding + b;\n              if (q >= 0 && q < W)',
          'const q = j - padding + b;\n              if (q >= 0 && q < W)',
        ],
      ],
    },
    {
      name: 'dw-averaged-over-batch',
      misconception: m['dw-averaged-over-batch'],
      mistake: 'dw divided by the batch size N',
      edits: [['dw[c][0][a][b] += g * x[n][c][r][q];', 'dw[c][0][a][b] += (g * x[n][c][r][q]) / N;']],
    },
    {
      name: 'pointwise-weight-transposed',
      misconception: m['pointwise-weight-transposed'],
      mistake: 'the pointwise weight read as w[c][o], a [C, Cout] matrix',
      edits: [
        ['w.map((filter) =>', 'w.map((_filter, o) =>'],
        ['s + filter[c][0][0] * channel[i][j]', 's + w[c][o][0][0] * channel[i][j]'],
      ],
    },
    {
      name: 'separable-dx-skips-depthwise',
      misconception: m['separable-dx-skips-depthwise'],
      mistake: "dx of the block is the pointwise conv's dx, the depthwise backward left out of it",
      edits: [['return { dx: depthwise.dx,', 'return { dx: pointwise.dx,']],
    },
    {
      name: 'cost-pointwise-k2',
      misconception: m['cost-pointwise-k2'],
      mistake: 'the pointwise conv counted as C·Cout·k²',
      edits: [[SEPARABLE_PARAMS, 'const params = Cin * k * k + Cin * Cout * k * k;']],
    },
    {
      name: 'cost-missing-depthwise',
      misconception: m['cost-missing-depthwise'],
      mistake: 'the block counted as its pointwise conv alone, C·Cout',
      edits: [[SEPARABLE_PARAMS, 'const params = Cin * Cout;']],
    },
    {
      name: 'cost-bias-counted',
      misconception: m['cost-bias-counted'],
      mistake: 'a bias per output channel counted in both layers of the block and in the standard conv',
      edits: [
        [
          `${SEPARABLE_PARAMS}\n  return { params, macs: H * W * params };`,
          `${SEPARABLE_PARAMS}\n  return { params: params + Cin + Cout, macs: H * W * params };`,
        ],
        [
          'const params = Cin * Cout * k * k;\n  return { params, macs: H * W * params };',
          'const params = Cin * Cout * k * k;\n  return { params: params + Cout, macs: H * W * params };',
        ],
      ],
    },
  ],
  alternatives: [
    {
      name: 'grouped-conv',
      difference:
        'one grouped conv2d (forward and backward, loops over groups) used with groups = C for the depthwise conv and as a 1×1 conv for the pointwise; the costs from a general conv-cost formula',
    },
    {
      name: 'per-channel-matmul',
      difference:
        'the depthwise conv as a 2-D correlation per channel, the pointwise conv as a matmul on the [C, N·H·W] reshape, and the separable backward fused into one function',
    },
  ],
});
