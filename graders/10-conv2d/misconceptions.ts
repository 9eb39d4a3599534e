import { defineMisconceptions } from '../kit/toolkit';

// What each known mistake is, in the learner's terms: the one place its words live.
export default defineMisconceptions('conv2d', {
  'size-ceil':
    'the output size is rounded up: a window that would run past the padded input is not taken, so Ho = ⌊(H + 2p − d(k − 1) − 1)/s⌋ + 1 rounds down (PyTorch drops the last rows and columns that do not fill a window)',
  'size-without-dilation':
    'the output size forgets the dilation: a kernel of k taps d apart spans d(k − 1) + 1 pixels, so Ho = ⌊(H + 2p − d(k − 1) − 1)/s⌋ + 1, not ⌊(H + 2p − (k − 1) − 1)/s⌋ + 1',
  'size-without-minus-one':
    'the output size is missing the − 1: the last window starts at most H + 2p − (d(k − 1) + 1) pixels in, so Ho = ⌊(H + 2p − d(k − 1) − 1)/s⌋ + 1, not ⌊(H + 2p − d(k − 1))/s⌋ + 1',
  'kernel-flipped':
    "the forward flips the kernel (a convolution in the signal-processing sense): PyTorch's conv2d is a cross-correlation, out[i][j] = Σ x[i·s − p + a·d][j·s − p + e·d]·w[a][e], with w[a][e], not w[k − 1 − a][k − 1 − e]",
  'dilation-on-stride':
    'the dilation is applied to the step between windows instead of the kernel taps: the window of out[i] starts at i·s − p and its taps are d apart, x[i·s − p + a·d], not x[i·s·d − p + a]',
  'bias-per-input-channel':
    'the bias is added once per input channel: each output gets b[co] once, out = b[co] + Σ_{ci, a, e} x·w, not Σ_ci (b[co] + Σ_{a, e} x·w)',
  'dw-averaged-over-batch':
    'dw is averaged over the batch: the weights are shared by every example, so dw[co][ci][a][e] = Σ_n Σ_{i, j} dout[n][co][i][j]·x[n][ci][i·s − p + a·d][j·s − p + e·d], a sum over n, not a mean',
  'db-averaged':
    'db is averaged over the batch and the positions: b[co] is added to every output of channel co, so db[co] = Σ_{n, i, j} dout[n][co][i][j], a sum, not a mean',
  'dx-stride-ignored':
    'the backward walks the windows at stride 1: output (i, j) read the window starting at (i·s − p, j·s − p), so its gradient goes back to x[i·s − p + a·d][j·s − p + e·d] (and dw reads x there), not to x[i − p + a·d][j − p + e·d]',
  'dx-kernel-flipped':
    'dx sends each gradient back through the mirrored tap: out[i][j] read x[i·s − p + a·d][j·s − p + e·d] through w[a][e], so that pixel gets dout[i][j]·w[a][e], not dout[i][j]·w[k − 1 − a][k − 1 − e]; written as a full convolution of dout, the kernel is rotated by 180° exactly once',
});
