import type { ConvLayer, Layer, LayerStats, ModelStats, Shape } from '../../katas/12-model-stats/model-stats';

// The definitions, as exact integers (every count here is far below 2⁵³, so
// float64 arithmetic on them is exact). There is no tfjs reference for a
// count: these formulas are the truth, proven against torchvision's published
// totals in oracle.test.ts. Each Slip switch is one known mistake
// (misconceptions.ts), so that a mistake's prediction is the same code with
// one switch turned.

export interface Slip {
  /** The conv bias: left out, or counted once per output position (Cout·Hout·Wout). */
  readonly convBias?: 'missing' | 'per-position';
  /** Each conv output reads all Cin channels, as if groups were 1. */
  readonly groupsIgnored?: boolean;
  /** Conv MACs over the input area Hin·Win instead of the output's. */
  readonly macsOverInputArea?: boolean;
  /** The output size rounded up. */
  readonly ceilOutput?: boolean;
  /** The output size as if dilation were 1. */
  readonly dilationIgnored?: boolean;
  /** BatchNorm's running mean and variance counted as parameters: 4C. */
  readonly batchNormRunningStats?: boolean;
  readonly linearBiasMissing?: boolean;
  /** Two operations per multiply-add: FLOPs reported as MACs. */
  readonly flops?: boolean;
}

/**
 * Along one axis, window i (0-based) starts at s·i in the padded input (length
 * n + 2p) and spans d·(k − 1) + 1 elements; it fits while
 * s·i + d·(k − 1) + 1 ≤ n + 2p, so i runs from 0 to ⌊(n + 2p − d(k − 1) − 1)/s⌋.
 */
export function outputSize(n: number, k: number, s: number, p: number, d: number, slip: Slip = {}): number {
  const span = (slip.dilationIgnored ? 1 : d) * (k - 1) + 1;
  const q = (n + 2 * p - span) / s;
  return (slip.ceilOutput ? Math.ceil(q) : Math.floor(q)) + 1;
}

/** Whether groups divides both channel counts: PyTorch's Conv2d raises otherwise. */
export const groupsDivide = (l: ConvLayer): boolean => l.inChannels % l.groups === 0 && l.outChannels % l.groups === 0;

/**
 * Group g of a conv maps its Cin/groups input channels to its Cout/groups
 * outputs, so the weight is [Cout, Cin/groups, k, k] and the bias [Cout]:
 * params = Cout·(Cin/groups)·k² + Cout. Each of the Cout·Hout·Wout outputs is
 * a dot product of (Cin/groups)·k² weights with as many inputs:
 * MACs = Cout·Hout·Wout·(Cin/groups)·k² = (params without bias)·Hout·Wout.
 */
function conv(l: ConvLayer, [, h, w]: Shape, slip: Slip): LayerStats {
  if (!groupsDivide(l)) throw new RangeError(`groups ${l.groups} does not divide ${l.inChannels} and ${l.outChannels}`);
  const d = l.dilation ?? 1;
  const hOut = outputSize(h, l.kernel, l.stride, l.padding, d, slip);
  const wOut = outputSize(w, l.kernel, l.stride, l.padding, d, slip);
  const perOutput = (slip.groupsIgnored ? l.inChannels : l.inChannels / l.groups) * l.kernel ** 2;
  const bias = !l.bias || slip.convBias === 'missing' ? 0 : slip.convBias === 'per-position' ? hOut * wOut : 1;
  const area = slip.macsOverInputArea ? h * w : hOut * wOut;
  return {
    outputShape: [l.outChannels, hOut, wOut],
    params: l.outChannels * (perOutput + bias),
    macs: l.outChannels * area * perOutput * (slip.flops ? 2 : 1),
  };
}

const sameShape = (a: Shape, b: Shape): boolean => a.length === b.length && a.every((v, i) => v === b[i]);

export function layerStats64(layer: Layer, input: Shape, slip: Slip = {}): LayerStats {
  switch (layer.type) {
    case 'conv':
      return conv(layer, input, slip);
    // W: [out, in] and b: [out]; each output is a dot product of `in` weights.
    case 'linear':
      return {
        outputShape: [layer.outFeatures],
        params: layer.outFeatures * (layer.inFeatures + (layer.bias && !slip.linearBiasMissing ? 1 : 0)),
        macs: layer.inFeatures * layer.outFeatures * (slip.flops ? 2 : 1),
      };
    case 'maxpool':
    case 'avgpool': {
      const size = (n: number) => outputSize(n, layer.kernel, layer.stride, layer.padding, 1, slip);
      return { outputShape: [input[0], size(input[1]), size(input[2])], params: 0, macs: 0 };
    }
    case 'adaptiveavgpool':
      return { outputShape: [input[0], layer.outputSize, layer.outputSize], params: 0, macs: 0 };
    // γ and β per channel; the running mean and variance are buffers.
    case 'batchnorm':
      return { outputShape: input, params: (slip.batchNormRunningStats ? 4 : 2) * layer.channels, macs: 0 };
    case 'flatten':
      return { outputShape: [input.reduce((a, b) => a * b, 1)], params: 0, macs: 0 };
    case 'relu':
    case 'dropout':
      return { outputShape: input, params: 0, macs: 0 };
    case 'residual': {
      const body = modelStats64(layer.body, input, slip);
      const shortcut = modelStats64(layer.shortcut, input, slip);
      if (!sameShape(body.outputShape, shortcut.outputShape)) throw new RangeError('residual branches disagree');
      return { outputShape: body.outputShape, params: body.params + shortcut.params, macs: body.macs + shortcut.macs };
    }
  }
}

export function modelStats64(layers: readonly Layer[], input: Shape, slip: Slip = {}): ModelStats {
  const stats: LayerStats[] = [];
  let shape = input;
  for (const layer of layers) {
    const s = layerStats64(layer, shape, slip);
    stats.push(s);
    shape = s.outputShape;
  }
  return {
    layers: stats,
    params: stats.reduce((a, s) => a + s.params, 0),
    macs: stats.reduce((a, s) => a + s.macs, 0),
    outputShape: shape,
  };
}
