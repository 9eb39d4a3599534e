export type Shape = number[];

export interface ConvLayer {
  readonly type: 'conv';
  readonly inChannels: number;
  readonly outChannels: number;
  readonly kernel: number;
  readonly stride: number;
  readonly padding: number;
  readonly dilation?: number;
  readonly groups: number;
  readonly bias: boolean;
}

export interface LinearLayer {
  readonly type: 'linear';
  readonly inFeatures: number;
  readonly outFeatures: number;
  readonly bias: boolean;
}

export interface PoolLayer {
  readonly type: 'maxpool' | 'avgpool';
  readonly kernel: number;
  readonly stride: number;
  readonly padding: number;
}

export interface AdaptiveAvgPoolLayer {
  readonly type: 'adaptiveavgpool';
  readonly outputSize: number;
}

export interface BatchNormLayer {
  readonly type: 'batchnorm';
  readonly channels: number;
}

export interface ElementwiseLayer {
  readonly type: 'relu' | 'dropout';
}

export interface FlattenLayer {
  readonly type: 'flatten';
}

export interface ResidualLayer {
  readonly type: 'residual';
  readonly body: readonly Layer[];
  readonly shortcut: readonly Layer[];
}

export type Layer =
  | ConvLayer
  | LinearLayer
  | PoolLayer
  | AdaptiveAvgPoolLayer
  | BatchNormLayer
  | ElementwiseLayer
  | FlattenLayer
  | ResidualLayer;

export interface LayerStats {
  readonly outputShape: Shape;
  readonly params: number;
  readonly macs: number;
}

export interface ModelStats extends LayerStats {
  readonly layers: LayerStats[];
}

/** ⌊(n + 2p − d(k − 1) − 1)/s⌋ + 1: the last window must fit inside the padded input. */
function outputSize(n: number, kernel: number, stride: number, padding: number, dilation: number): number {
  return Math.floor((n + 2 * padding - dilation * (kernel - 1) - 1) / stride) + 1;
}

function conv(layer: ConvLayer, [, h, w]: Shape): LayerStats {
  const { inChannels, outChannels, kernel, stride, padding, dilation = 1, groups, bias } = layer;
  if (inChannels % groups !== 0 || outChannels % groups !== 0) {
    throw new RangeError(`groups = ${groups} must divide inChannels = ${inChannels} and outChannels = ${outChannels}`);
  }
  const hOut = outputSize(h, kernel, stride, padding, dilation);
  const wOut = outputSize(w, kernel, stride, padding, dilation);
  // Each output reads the kernel over its own group's Cin/groups channels only.
  const weightsPerOutput = (inChannels / groups) * kernel * kernel;
  return {
    outputShape: [outChannels, hOut, wOut],
    params: outChannels * weightsPerOutput + (bias ? outChannels : 0),
    macs: outChannels * hOut * wOut * weightsPerOutput,
  };
}

function residual(layer: ResidualLayer, inputShape: Shape): LayerStats {
  const body = modelStats(layer.body, inputShape);
  const shortcut = modelStats(layer.shortcut, inputShape);
  if (body.outputShape.join() !== shortcut.outputShape.join()) {
    throw new RangeError(
      `residual: the body outputs [${body.outputShape}] but the shortcut [${shortcut.outputShape}]; they must agree to be added`,
    );
  }
  return { outputShape: body.outputShape, params: body.params + shortcut.params, macs: body.macs + shortcut.macs };
}

export function layerStats(layer: Layer, inputShape: Shape): LayerStats {
  switch (layer.type) {
    case 'conv':
      return conv(layer, inputShape);
    case 'linear': {
      const { inFeatures, outFeatures, bias } = layer;
      return {
        outputShape: [outFeatures],
        params: inFeatures * outFeatures + (bias ? outFeatures : 0),
        macs: inFeatures * outFeatures,
      };
    }
    case 'maxpool':
    case 'avgpool': {
      const [c, h, w] = inputShape;
      const { kernel, stride, padding } = layer;
      return {
        outputShape: [c, outputSize(h, kernel, stride, padding, 1), outputSize(w, kernel, stride, padding, 1)],
        params: 0,
        macs: 0,
      };
    }
    case 'adaptiveavgpool':
      return { outputShape: [inputShape[0], layer.outputSize, layer.outputSize], params: 0, macs: 0 };
    case 'batchnorm':
      return { outputShape: [...inputShape], params: 2 * layer.channels, macs: 0 };
    case 'flatten':
      return { outputShape: [inputShape.reduce((a, b) => a * b, 1)], params: 0, macs: 0 };
    case 'residual':
      return residual(layer, inputShape);
    default:
      return { outputShape: [...inputShape], params: 0, macs: 0 };
  }
}

export function modelStats(layers: readonly Layer[], inputShape: Shape): ModelStats {
  const stats: LayerStats[] = [];
  let shape = [...inputShape];
  let params = 0;
  let macs = 0;
  for (const layer of layers) {
    const s = layerStats(layer, shape);
    stats.push(s);
    shape = [...s.outputShape];
    params += s.params;
    macs += s.macs;
  }
  return { layers: stats, params, macs, outputShape: shape };
}
