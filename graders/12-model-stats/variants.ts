import { defineVariants } from '../kit/toolkit';
import m from './misconceptions';

// The proof of this grader (CONTRIBUTING.md): each wrong variant is the
// solution plus a small edit and must be named as its own misconception and
// no other; each alternative is a whole correct program that must pass.
export default defineVariants({
  wrong: [
    {
      name: 'conv-forgets-bias',
      misconception: m['conv-forgets-bias'],
      mistake: 'conv params Cout·(Cin/groups)·k², the bias left out',
      edits: [
        [
          'params: outChannels * weightsPerOutput + (bias ? outChannels : 0),',
          'params: outChannels * weightsPerOutput,',
        ],
      ],
    },
    {
      name: 'conv-bias-per-position',
      misconception: m['conv-bias-per-position'],
      mistake: 'one conv bias per output position, Cout·Hout·Wout',
      edits: [['(bias ? outChannels : 0)', '(bias ? outChannels * hOut * wOut : 0)']],
    },
    {
      name: 'conv-ignores-groups',
      misconception: m['conv-ignores-groups'],
      mistake: 'every output reads all Cin channels: a depthwise conv counted as a full one',
      edits: [
        [
          'const weightsPerOutput = (inChannels / groups) * kernel * kernel;',
          'const weightsPerOutput = inChannels * kernel * kernel;',
        ],
      ],
    },
    {
      name: 'macs-over-input-area',
      misconception: m['macs-over-input-area'],
      mistake: 'conv MACs Cout·Hin·Win·(Cin/groups)·k²',
      edits: [['macs: outChannels * hOut * wOut * weightsPerOutput,', 'macs: outChannels * h * w * weightsPerOutput,']],
    },
    {
      name: 'output-size-ceil',
      misconception: m['output-size-ceil'],
      mistake: 'output size ⌈(n + 2p − d(k − 1) − 1)/s⌉ + 1',
      edits: [['return Math.floor((n + 2 * padding', 'return Math.ceil((n + 2 * padding']],
    },
    {
      name: 'output-size-ignores-dilation',
      misconception: m['output-size-ignores-dilation'],
      mistake: 'output size ⌊(n + 2p − (k − 1) − 1)/s⌋ + 1 whatever the dilation',
      edits: [['- dilation * (kernel - 1) - 1)', '- (kernel - 1) - 1)']],
    },
    {
      name: 'batchnorm-counts-running-stats',
      misconception: m['batchnorm-counts-running-stats'],
      mistake: 'BatchNorm params 4C: γ, β and the running mean and variance',
      edits: [['params: 2 * layer.channels', 'params: 4 * layer.channels']],
    },
    {
      name: 'linear-forgets-bias',
      misconception: m['linear-forgets-bias'],
      mistake: 'linear params in·out, the bias left out',
      edits: [['params: inFeatures * outFeatures + (bias ? outFeatures : 0),', 'params: inFeatures * outFeatures,']],
    },
    {
      name: 'macs-counted-as-flops',
      misconception: m['macs-counted-as-flops'],
      mistake: 'two operations per multiply-add: conv and linear MACs doubled',
      edits: [
        [
          'macs: outChannels * hOut * wOut * weightsPerOutput,',
          'macs: 2 * outChannels * hOut * wOut * weightsPerOutput,',
        ],
        ['macs: inFeatures * outFeatures,', 'macs: 2 * inFeatures * outFeatures,'],
      ],
    },
  ],
  alternatives: [
    {
      name: 'counted-weights',
      difference:
        'builds each layer’s parameter tensors’ shapes and multiplies their dimensions; conv MACs as (weights without bias)·Hout·Wout; residual blocks walked with an explicit stack',
    },
    {
      name: 'counted-windows',
      difference:
        'output sizes by stepping the window across the padded input and counting where it fits; MACs summed per output element; per-layer stats from one shared walker',
    },
  ],
});
