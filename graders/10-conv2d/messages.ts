import { defineMessages } from '../kit/toolkit';

// This kata's own sentences, in English (other languages: ./<lang>.json, "messages").
export default defineMessages('conv2d', {
  'empty-output-accepted':
    'conv2dForward returned on a {{H}}×{{W}} input with a {{kH}}×{{kW}} kernel (stride {{stride}}, padding {{padding}}, dilation {{dilation}}) instead of throwing an error: the output would have {{Ho}}×{{Wo}} positions, and PyTorch refuses an empty output',
  'one-by-one':
    'with a 1×1 kernel (stride {{stride}}, no padding) every output pixel is a matmul over the channels, out[n][:][i][j] = w[:][:][0][0]·x[n][:][i·s][j·s] + b',
  'after-shift':
    'at stride 1, after shifting x by one pixel {{direction}}, the interior of out should shift with it: out′[…][i] = out[…][i − 1] for the windows that do not reach the last row or column',
  'shift-down': 'down (along H)',
  'shift-right': 'right (along W)',
  'doubled-batch':
    'on the batch repeated twice (x and dout stacked on themselves), {{name}} should be twice what it is on the batch alone: the weights are shared by every example, so their gradients sum over the batch',
  'db-sum': 'db[co] should be the sum of dout[n][co][i][j] over the batch and every position',
});
