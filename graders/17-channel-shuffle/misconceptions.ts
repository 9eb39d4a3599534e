import { defineMisconceptions } from '../kit/toolkit';

// What each known mistake is, in the learner's terms: the one place its words live.
export default defineMisconceptions('channel-shuffle', {
  'shuffle-transposed-wrong-way':
    'the shuffle splits the channels the wrong way round: ShuffleNet reshapes to [N, g, C/g, H, W] (g groups of C/g channels), swaps the two channel axes and flattens, so out[c] = x[(c mod g)·(C/g) + ⌊c/g⌋]; reshaping to [N, C/g, g, H, W] first gives x[(c mod (C/g))·g + ⌊c/g⌋], the inverse shuffle (the same only when g² = C)',
  'backward-same-shuffle':
    'the backward shuffles dout again with the same g: the shuffle is a permutation, so its gradient is the inverse permutation, dx[(c mod g)·(C/g) + ⌊c/g⌋] = dout[c] — a shuffle with C/g groups, not with g (the same only when g² = C)',
  'groups-interleaved':
    'the input channels of a group are taken interleaved, j, j + g, j + 2g, …: PyTorch splits the channels into g contiguous blocks, so group j reads input channels j·Cin/g … (j + 1)·Cin/g − 1 (and writes output channels j·Cout/g … (j + 1)·Cout/g − 1)',
  'group-offset-missing':
    'every group reads the first block of input channels: output channel co belongs to group j = ⌊co/(Cout/g)⌋, which reads input channel j·Cin/g + t through w[co][t], so the input index needs the group offset j·Cin/g',
  'weight-absolute-channel':
    'the weight is indexed by the absolute input channel: w is [Cout, Cin/g, k, k], so output channel co of group j reads input channel j·Cin/g + t through w[co][t], the channel within its group, not w[co][j·Cin/g + t] (which does not exist for j ≥ 1)',
  'weight-gradients-averaged':
    'dw and db are divided by the batch size: every example uses the same weights, so dw[co][t][a][e] = Σₙ Σᵢⱼ dout[n][co][i][j]·x[n][j·Cin/g + t][i·s − p + a][j·s − p + e] and db[co] = Σₙᵢⱼ dout[n][co][i][j], sums over the batch; any mean is already inside dout',
  'output-blocks-reversed':
    'the output blocks come out in reverse order: block j of the output (channels j·Cout/g … (j + 1)·Cout/g − 1) is the convolution of input block j with the weights w[j·Cout/g …], written back at block j, not at block g − 1 − j',
});
