import { defineMisconceptions } from '../kit/toolkit';

// What each known mistake is, in the learner's terms: the one place its words live.
export default defineMisconceptions('model-stats', {
  'conv-forgets-bias':
    'the conv bias is left out of the parameters: a conv with bias has a weight [Cout, Cin/groups, k, k] and a bias [Cout], so params = Cout·(Cin/groups)·k² + Cout',
  'conv-bias-per-position':
    'the conv bias is counted once per output position: the bias is shared across the image like the kernel, one number per output channel — params = Cout·(Cin/groups)·k² + Cout, not + Cout·Hout·Wout',
  'conv-ignores-groups':
    'groups are ignored: each group maps only its Cin/groups input channels, so the weight is [Cout, Cin/groups, k, k] and params = Cout·(Cin/groups)·k² (+ Cout), MACs = Cout·Hout·Wout·(Cin/groups)·k² — a depthwise conv (groups = Cin) has k² weights per channel, not Cin·k²',
  'macs-over-input-area':
    'conv MACs counted over the input area Hin·Win: one dot product of (Cin/groups)·k² weights is computed per OUTPUT position, so MACs = Cout·Hout·Wout·(Cin/groups)·k² — with a stride of 2 that is a quarter of Cout·Hin·Win·(Cin/groups)·k²',
  'output-size-ceil':
    'the output size is rounded up: a window that does not fit inside the padded input is not computed, so out = ⌊(n + 2p − d(k − 1) − 1)/s⌋ + 1 (PyTorch’s default floor mode), not ⌈…⌉ + 1',
  'output-size-ignores-dilation':
    'the output size ignores the dilation: a dilated kernel spans d·(k − 1) + 1 input positions, so out = ⌊(n + 2p − d(k − 1) − 1)/s⌋ + 1, not ⌊(n + 2p − (k − 1) − 1)/s⌋ + 1',
  'batchnorm-counts-running-stats':
    "BatchNorm's running mean and variance are counted as parameters: only γ and β are learned (2C); the running statistics are buffers, which model.parameters() — and torchvision's totals — leave out (4C counts them)",
  'linear-forgets-bias': 'the linear bias is left out: W is [out, in] and b is [out], so params = in·out + out',
  'macs-counted-as-flops':
    'MACs counted as FLOPs: one multiply-accumulate y += w·x is ONE MAC (two floating-point operations), so a conv has Cout·Hout·Wout·(Cin/groups)·k² MACs and a linear layer in·out, not twice that',
});
