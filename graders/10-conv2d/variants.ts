import { defineVariants } from '../kit/toolkit';
import m from './misconceptions';

// The proof of this grader (CONTRIBUTING.md): each wrong variant is the
// solution plus one edit, and must be named as its own misconception and no
// other; each alternative is a whole correct program that must pass.
const SIZE = 'Math.floor((size + 2 * padding - dilation * (kernel - 1) - 1) / stride) + 1';
const TAP = 's += x[n][ci][r][q] * w[co][ci][a][e];';

export default defineVariants({
  wrong: [
    {
      name: 'size-ceil',
      misconception: m['size-ceil'],
      mistake: 'Ho = ⌈(H + 2p − d(k − 1) − 1)/s⌉ + 1',
      edits: [[SIZE, 'Math.ceil((size + 2 * padding - dilation * (kernel - 1) - 1) / stride) + 1']],
    },
    {
      name: 'size-without-dilation',
      misconception: m['size-without-dilation'],
      mistake: 'Ho = ⌊(H + 2p − (k − 1) − 1)/s⌋ + 1',
      edits: [[SIZE, 'Math.floor((size + 2 * padding - (kernel - 1) - 1) / stride) + 1']],
    },
    {
      name: 'size-without-minus-one',
      misconception: m['size-without-minus-one'],
      mistake: 'Ho = ⌊(H + 2p − d(k − 1))/s⌋ + 1',
      edits: [[SIZE, 'Math.floor((size + 2 * padding - dilation * (kernel - 1)) / stride) + 1']],
    },
    {
      name: 'kernel-flipped',
      misconception: m['kernel-flipped'],
      mistake: 'a true convolution in the forward: the kernel read as w[k − 1 − a][k − 1 − e]',
      edits: [[TAP, 's += x[n][ci][r][q] * w[co][ci][kH - 1 - a][kW - 1 - e];']],
    },
    {
      name: 'dilation-on-stride',
      misconception: m['dilation-on-stride'],
      mistake: 'windows start at i·s·d and the taps are adjacent',
      edits: [
        ['const r = i * stride - padding + a * dilation;', 'const r = i * stride * dilation - padding + a;'],
        ['const q = j * stride - padding + e * dilation;', 'const q = j * stride * dilation - padding + e;'],
      ],
    },
    {
      name: 'bias-per-input-channel',
      misconception: m['bias-per-input-channel'],
      mistake: 'b[co] added inside the loop over the input channels',
      edits: [
        [
          'let s = b[co];\n          for (let ci = 0; ci < Cin; ci++) {',
          'let s = 0;\n          for (let ci = 0; ci < Cin; ci++) {\n            s += b[co];',
        ],
      ],
    },
    {
      name: 'dw-averaged-over-batch',
      misconception: m['dw-averaged-over-batch'],
      mistake: 'dw divided by the batch size N',
      edits: [['dw[co][ci][a][e] += g * x[n][ci][r][q];', 'dw[co][ci][a][e] += (g * x[n][ci][r][q]) / N;']],
    },
    {
      name: 'db-averaged',
      misconception: m['db-averaged'],
      mistake: 'db[co] the mean of dout over the batch and the positions',
      edits: [['db[co] += g;', 'db[co] += g / (N * Ho * Wo);']],
    },
    {
      name: 'dx-stride-ignored',
      misconception: m['dx-stride-ignored'],
      mistake: 'the backward steps through the windows one pixel at a time',
      edits: [
        ['const top = i * stride - padding;', 'const top = i - padding;'],
        ['const left = j * stride - padding;', 'const left = j - padding;'],
      ],
    },
    {
      name: 'dx-kernel-flipped',
      misconception: m['dx-kernel-flipped'],
      mistake: 'dx scattered through the mirrored tap w[k − 1 − a][k − 1 − e]',
      edits: [['dx[n][ci][r][q] += g * w[co][ci][a][e];', 'dx[n][ci][r][q] += g * w[co][ci][kH - 1 - a][kW - 1 - e];']],
    },
  ],
  alternatives: [
    {
      name: 'im2col',
      difference:
        'im2col: the windows unrolled into a [Cin·kH·kW, N·Ho·Wo] matrix, out = W·cols + b; the backward as matmuls (dW = dout·colsᵀ, dcols = Wᵀ·dout) and col2im',
    },
    {
      name: 'transposed',
      difference:
        'dx as a transposed convolution (dout spread at the stride, correlated with the 180°-rotated kernel), dw as a correlation of x with dout, each output gathered rather than scattered; the forward loops input channels outermost',
    },
  ],
});
