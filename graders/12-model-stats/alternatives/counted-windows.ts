// Correct, written differently: output sizes by stepping the window across
// the padded input and counting where it fits; MACs summed output row by
// output row; one reduce over the layers for modelStats and residual branches.

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

/** How many placements of a window spanning `span` cells, moved `stride` at a time, fit in `length` cells. */
function placements(length: number, span: number, stride: number): number {
  let fits = 0;
  for (let start = 0; start + span <= length; start += stride) fits++;
  return fits;
}

function sized(n: number, kernel: number, stride: number, padding: number, dilation = 1): number {
  return placements(n + padding + padding, (kernel - 1) * dilation + 1, stride);
}

function convStats(l: ConvLayer, input: Shape): LayerStats {
  if (l.inChannels % l.groups !== 0) throw new Error(`${l.groups} groups do not divide ${l.inChannels} input channels`);
  if (l.outChannels % l.groups !== 0)
    throw new Error(`${l.groups} groups do not divide ${l.outChannels} output channels`);
  const rows = sized(input[1], l.kernel, l.stride, l.padding, l.dilation);
  const cols = sized(input[2], l.kernel, l.stride, l.padding, l.dilation);
  const channelsRead = l.inChannels / l.groups;
  const taps = channelsRead * l.kernel * l.kernel;
  let macs = 0;
  for (let o = 0; o < l.outChannels; o++) for (let r = 0; r < rows; r++) macs += cols * taps;
  let params = l.outChannels * taps;
  if (l.bias) params += l.outChannels;
  return { outputShape: [l.outChannels, rows, cols], params, macs };
}

function sequence(layers: readonly Layer[], input: Shape): ModelStats {
  return layers.reduce<ModelStats>(
    (acc, layer) => {
      const s = layerStats(layer, acc.outputShape);
      return {
        layers: [...acc.layers, s],
        params: acc.params + s.params,
        macs: acc.macs + s.macs,
        outputShape: s.outputShape,
      };
    },
    { layers: [], params: 0, macs: 0, outputShape: input },
  );
}

const same = (a: Shape, b: Shape): boolean => JSON.stringify(a) === JSON.stringify(b);

export function layerStats(layer: Layer, inputShape: Shape): LayerStats {
  const none = { params: 0, macs: 0 };
  if (layer.type === 'conv') return convStats(layer, inputShape);
  if (layer.type === 'linear') {
    const weights = layer.outFeatures * layer.inFeatures;
    return { outputShape: [layer.outFeatures], params: weights + (layer.bias ? layer.outFeatures : 0), macs: weights };
  }
  if (layer.type === 'maxpool' || layer.type === 'avgpool') {
    const [c, h, w] = inputShape;
    const along = (n: number) => sized(n, layer.kernel, layer.stride, layer.padding);
    return { outputShape: [c, along(h), along(w)], ...none };
  }
  if (layer.type === 'adaptiveavgpool')
    return { outputShape: [inputShape[0], layer.outputSize, layer.outputSize], ...none };
  if (layer.type === 'batchnorm')
    return { outputShape: inputShape.slice(), params: layer.channels + layer.channels, macs: 0 };
  if (layer.type === 'flatten') {
    let n = 1;
    for (const d of inputShape) n *= d;
    return { outputShape: [n], ...none };
  }
  if (layer.type === 'residual') {
    const main = sequence(layer.body, inputShape);
    const skip = sequence(layer.shortcut, inputShape);
    if (!same(main.outputShape, skip.outputShape)) throw new Error('residual branches must end in the same shape');
    return { outputShape: main.outputShape, params: main.params + skip.params, macs: main.macs + skip.macs };
  }
  return { outputShape: inputShape.slice(), ...none };
}

export function modelStats(layers: readonly Layer[], inputShape: Shape): ModelStats {
  return sequence(layers, inputShape);
}
