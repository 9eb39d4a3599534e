import { defineMisconceptions } from '../kit/toolkit';

// What each known mistake is, in the learner's terms: the one place its words live.
export default defineMisconceptions('depthwise-separable', {
  'depthwise-sums-channels':
    'the depthwise conv sums over the input channels, as a full conv would: with groups = C each output channel c sees only input channel c, out[n][c][i][j] = Σₐᵦ w[c][0][a][b]·x[n][c][i·s − p + a][j·s − p + b], no sum over channels',
  'depthwise-one-filter':
    'every channel is filtered with the filter of channel 0: the depthwise weight w [C, 1, k, k] holds one k×k filter per channel, and channel c uses w[c][0]',
  'depthwise-stride-ignored':
    'the stride is left out of the input index: output position (i, j) reads the window that starts at row i·s − p and column j·s − p, not i − p and j − p',
  'dw-averaged-over-batch':
    'dw is divided by the batch size: the gradient of a weight sums the contributions of every example and every position, dw[c][0][a][b] = Σₙ Σᵢⱼ dout[n][c][i][j]·x[n][c][i·s − p + a][j·s − p + b]; any mean over the batch is already inside dout',
  'pointwise-weight-transposed':
    "the pointwise weight is read as [C, Cout]: PyTorch's 1×1 conv weight is [Cout, C, 1, 1], so out[n][o][i][j] = Σ_c w[o][c][0][0]·x[n][c][i][j], w[o][c] and not w[c][o]",
  'separable-dx-skips-depthwise':
    "separableConvBackward returns the gradient at the depthwise conv's output as dx: the chain rule goes back through both layers, dh = pointwise backward of dout, then dx = depthwise backward of dh",
  'cost-pointwise-k2':
    'the pointwise conv is counted with the k² of a k×k conv: it is 1×1, so it has C·Cout parameters (and H·W·C·Cout MACs), and the block has C·k² + C·Cout',
  'cost-missing-depthwise':
    'the depthwise conv is left out of the cost: the block is a depthwise k×k conv (C·k² parameters, H·W·C·k² MACs) followed by the 1×1 pointwise conv (C·Cout, H·W·C·Cout)',
  'cost-bias-counted':
    'biases are counted: the costs here are bias-free (as in MobileNet, where BatchNorm follows every conv), params = C·k² + C·Cout for the block and Cin·Cout·k² for the standard conv',
});
