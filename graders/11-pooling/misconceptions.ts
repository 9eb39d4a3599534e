import { defineMisconceptions } from '../kit/toolkit';

// What each known mistake is, in the learner's terms: the one place its words live.
export default defineMisconceptions('pooling', {
  'avg-excludes-padding':
    "average pooling divides each window by its real positions only (count_include_pad=False, TensorFlow's and Keras's 'same' convention): PyTorch's default counts the padded zeros, out = Σ window / (kH·kW) for every window, border ones included, and the gradient is dout/(kH·kW) on each real position",
  'max-pads-with-zero':
    'max pooling pads with 0: padding must never win a maximum (PyTorch pads max pooling with −∞), so a window of negative values next to the border returns its largest real value, not 0, and sends its gradient there',
  'max-ties-split':
    'the gradient of a window with a tied maximum is split evenly among the ties: PyTorch sends all of dout to one position, the first maximum of the window in row-major order (its kernels update the arg-max only on a strictly greater value)',
  'max-ties-all':
    'the gradient of a window with a tied maximum goes to every tied position (a mask x == max), so the gradient is counted several times: PyTorch sends dout once, to the first maximum of the window in row-major order',
  'max-ties-last':
    'a tied maximum keeps the last position (a comparison with ≥): PyTorch keeps the first maximum of the window in row-major order, updating the arg-max only on a strictly greater value',
  'max-overlap-overwrites':
    'the max-pool backward assigns dx[argmax] = dout, so when windows overlap (stride < kernel) and several choose the same position, the last one overwrites the others: the gradients of all the windows that chose a position add up, dx[argmax] += dout',
  'avg-gradient-not-divided':
    'the average-pool backward hands each position of the window the whole dout: out = (1/(kH·kW))·Σ window, so each position of the window gets dout/(kH·kW)',
  'output-size-ceil':
    "the output size is rounded up: PyTorch's default (ceil_mode=False) is ⌊(H + 2p − k)/s⌋ + 1, so a last window that would stick out past the padding is dropped",
  'stride-ignored':
    'the windows move one position at a time whatever the stride: window (i, j) starts at row i·sH − pH and column j·sW − pW, and there are ⌊(H + 2p − k)/s⌋ + 1 of them along each axis',
  'max-argmax-global':
    "the max-pool backward sends every window's gradient to the maximum of the whole input plane: each window's dout goes to the maximum of that window (its own arg-max), which the forward can remember",
});
