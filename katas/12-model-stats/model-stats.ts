import { notImplemented } from '#lib';

// Count a network without running it: for each layer, the shape it outputs,
// its learnable parameters and its multiply-accumulates (MACs) for ONE input
// image (batch size 1). Every count is an exact integer.
//
// Conventions (PyTorch's, so the totals are torchvision's):
// - A shape is [C, H, W] (channels, height, width) or [features].
// - Output size of a conv or pooling window along one axis:
//     out = ⌊(n + 2·padding − dilation·(kernel − 1) − 1) / stride⌋ + 1
//   (pooling has dilation 1). Kernels, strides and paddings are square.
// - Parameters are what `sum(p.numel() for p in model.parameters())` counts:
//   weights and biases, and BatchNorm's γ and β — not its running mean and
//   variance, which are buffers.
// - One MAC is one multiply and one add, y += w·x. A conv computes, for each
//   of its Cout·Hout·Wout outputs, (Cin/groups)·kH·kW of them; a linear layer
//   in·out. Bias adds are not counted. Pooling, BatchNorm, ReLU, dropout,
//   flatten and the residual addition are counted as 0 MACs (they do no
//   multiply-accumulate; BatchNorm folds into the conv before it at inference).

export type Shape = number[];

/** nn.Conv2d. A depthwise conv is groups = inChannels = outChannels (or a multiple). */
export interface ConvLayer {
  readonly type: 'conv';
  readonly inChannels: number;
  readonly outChannels: number;
  readonly kernel: number;
  readonly stride: number;
  readonly padding: number;
  /** 1 when left out. */
  readonly dilation?: number;
  /** Must divide both inChannels and outChannels: throw an Error when it does not. */
  readonly groups: number;
  readonly bias: boolean;
}

/** nn.Linear on a [inFeatures] input (flatten first). */
export interface LinearLayer {
  readonly type: 'linear';
  readonly inFeatures: number;
  readonly outFeatures: number;
  readonly bias: boolean;
}

/** nn.MaxPool2d / nn.AvgPool2d (floor mode): the output size formula with dilation 1. */
export interface PoolLayer {
  readonly type: 'maxpool' | 'avgpool';
  readonly kernel: number;
  readonly stride: number;
  readonly padding: number;
}

/** nn.AdaptiveAvgPool2d(outputSize): [C, H, W] → [C, outputSize, outputSize]; 1 is global average pooling. */
export interface AdaptiveAvgPoolLayer {
  readonly type: 'adaptiveavgpool';
  readonly outputSize: number;
}

/** nn.BatchNorm2d(channels): γ and β are parameters, the running statistics are not. */
export interface BatchNormLayer {
  readonly type: 'batchnorm';
  readonly channels: number;
}

/** Shape in, shape out (ReLU and ReLU6 alike), nothing learnable. */
export interface ElementwiseLayer {
  readonly type: 'relu' | 'dropout';
}

/** [C, H, W] → [C·H·W]; a [features] input stays as it is. */
export interface FlattenLayer {
  readonly type: 'flatten';
}

/**
 * out = body(x) + shortcut(x): both branches read the block's input, and
 * their outputs must have the same shape (throw an Error when they do not).
 * An empty shortcut is the identity. Its stats are the sums over both
 * branches; its output shape is theirs.
 */
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
  /** One entry per layer of the list, in order (a residual block is one entry). */
  readonly layers: LayerStats[];
}

/** The output shape, parameters and MACs of one layer applied to inputShape. */
export function layerStats(layer: Layer, inputShape: Shape): LayerStats {
  return notImplemented('layerStats');
}

/**
 * The layers applied in order to inputShape, each to the previous one's
 * output: every layer's stats, the totals, and the final output shape (the
 * input shape for an empty list).
 */
export function modelStats(layers: readonly Layer[], inputShape: Shape): ModelStats {
  return notImplemented('modelStats');
}
