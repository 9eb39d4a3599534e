// Correct, written differently: the parameter tensors' shapes, multiplied out;
// conv MACs as (weights without bias)·Hout·Wout; residual blocks walked with
// an explicit stack instead of recursion.

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

const product = (dims: readonly number[]): number => dims.reduce((a, b) => a * b, 1);

/** Integer division of a non-negative numerator: the number of whole strides. */
const strides = (length: number, stride: number): number => (length - (length % stride)) / stride;

function windows(n: number, kernel: number, stride: number, padding: number, dilation: number): number {
  const reach = dilation * (kernel - 1) + 1;
  return strides(n + 2 * padding - reach, stride) + 1;
}

/** The shapes of a layer's learnable tensors, as PyTorch allocates them. */
function parameterShapes(layer: Layer): { weight?: number[]; others: number[][] } {
  switch (layer.type) {
    case 'conv': {
      const { inChannels: cin, outChannels: cout, groups, kernel: k } = layer;
      if (cin % groups || cout % groups) throw new Error('groups must divide both channel counts');
      return { weight: [cout, cin / groups, k, k], others: layer.bias ? [[cout]] : [] };
    }
    case 'linear':
      return { weight: [layer.outFeatures, layer.inFeatures], others: layer.bias ? [[layer.outFeatures]] : [] };
    case 'batchnorm':
      return { others: [[layer.channels], [layer.channels]] };
    default:
      return { others: [] };
  }
}

function outputShapeOf(layer: Layer, input: Shape): Shape {
  const [c, h, w] = input;
  switch (layer.type) {
    case 'conv': {
      const d = layer.dilation ?? 1;
      const along = (n: number) => windows(n, layer.kernel, layer.stride, layer.padding, d);
      return [layer.outChannels, along(h), along(w)];
    }
    case 'maxpool':
    case 'avgpool': {
      const along = (n: number) => windows(n, layer.kernel, layer.stride, layer.padding, 1);
      return [c, along(h), along(w)];
    }
    case 'adaptiveavgpool':
      return [c, layer.outputSize, layer.outputSize];
    case 'linear':
      return [layer.outFeatures];
    case 'flatten':
      return [product(input)];
    default:
      return input.slice();
  }
}

function leafStats(layer: Layer, input: Shape): LayerStats {
  const { weight, others } = parameterShapes(layer);
  const outputShape = outputShapeOf(layer, input);
  const weights = weight ? product(weight) : 0;
  // A linear weight is used once per input; a conv weight once per output position.
  const uses = layer.type === 'conv' ? outputShape[1] * outputShape[2] : 1;
  return {
    outputShape,
    params: weights + others.reduce((a, s) => a + product(s), 0),
    macs: weights * uses,
  };
}

interface Frame {
  readonly layers: readonly Layer[];
  next: number;
  shape: Shape;
  params: number;
  macs: number;
  readonly done: (s: LayerStats) => void;
}

/** A list of layers run with a stack of frames: a residual block pushes its shortcut, then its body. */
function walk(layers: readonly Layer[], input: Shape): LayerStats {
  let result: LayerStats = { outputShape: input, params: 0, macs: 0 };
  const frame = (list: readonly Layer[], shape: Shape, done: Frame['done']): Frame => ({
    layers: list,
    next: 0,
    shape,
    params: 0,
    macs: 0,
    done,
  });
  const stack: Frame[] = [
    frame(layers, input, (s) => {
      result = s;
    }),
  ];
  while (stack.length > 0) {
    const top = stack[stack.length - 1];
    if (top.next === top.layers.length) {
      stack.pop();
      top.done({ outputShape: top.shape, params: top.params, macs: top.macs });
      continue;
    }
    const layer = top.layers[top.next++];
    const take = (s: LayerStats) => {
      top.shape = s.outputShape;
      top.params += s.params;
      top.macs += s.macs;
    };
    if (layer.type !== 'residual') {
      take(leafStats(layer, top.shape));
      continue;
    }
    let body: LayerStats | undefined;
    stack.push(
      frame(layer.shortcut, top.shape, (shortcut) => {
        const b = body as LayerStats;
        if (
          b.outputShape.length !== shortcut.outputShape.length ||
          b.outputShape.some((v, i) => v !== shortcut.outputShape[i])
        )
          throw new Error('residual: the branches end in different shapes');
        take({ outputShape: b.outputShape, params: b.params + shortcut.params, macs: b.macs + shortcut.macs });
      }),
      frame(layer.body, top.shape, (s) => {
        body = s;
      }),
    );
  }
  return result;
}

export function layerStats(layer: Layer, inputShape: Shape): LayerStats {
  return walk([layer], inputShape);
}

export function modelStats(layers: readonly Layer[], inputShape: Shape): ModelStats {
  const per: LayerStats[] = [];
  let shape = inputShape;
  for (const layer of layers) {
    per.push(layerStats(layer, shape));
    shape = per[per.length - 1].outputShape;
  }
  const { params, macs } = walk(layers, inputShape);
  return { layers: per, params, macs, outputShape: shape };
}
