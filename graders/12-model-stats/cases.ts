import fc from 'fast-check';
import type * as Kata from '../../katas/12-model-stats/model-stats';
import type { ConvLayer, Layer, Shape } from '../../katas/12-model-stats/model-stats';
import type { NetworkName } from './networks';
import { outputSize } from './oracle';

export type K = typeof Kata;

/** One layer applied to one input shape. */
export interface LayerCase {
  readonly layer: Layer;
  readonly input: Shape;
}

/** A list of layers applied in order. */
export interface ModelCase {
  readonly layers: Layer[];
  readonly input: Shape;
}

export interface NetworkCase {
  readonly network: NetworkName;
}

const int = (min: number, max: number) => fc.integer({ min, max });

/**
 * A conv on a [Cin, H, W] input: channels that groups divides (groups 1–3,
 * and depthwise: groups = Cin), kernels 1–4 (even ones too), strides 1–3 so
 * that the output-size division is rarely exact, padding 0–2, dilation 1–3
 * (left out when 1, half the time: the default), with or without a bias.
 */
export const convCases: fc.Arbitrary<LayerCase> = fc
  .record({
    groups: int(1, 3),
    perGroupIn: int(1, 3),
    perGroupOut: int(1, 3),
    depthwise: fc.boolean(),
    kernel: int(1, 4),
    stride: int(1, 3),
    padding: int(0, 2),
    dilation: int(1, 3),
    omitDilation: fc.boolean(),
    bias: fc.boolean(),
    extraH: int(0, 8),
    extraW: int(0, 8),
  })
  .map((r) => {
    const inChannels = r.groups * r.perGroupIn;
    const groups = r.depthwise ? inChannels : r.groups;
    const outChannels = r.depthwise ? inChannels * r.perGroupOut : r.groups * r.perGroupOut;
    const span = r.dilation * (r.kernel - 1) + 1;
    const least = Math.max(1, span - 2 * r.padding);
    const layer: ConvLayer = {
      type: 'conv',
      inChannels,
      outChannels,
      kernel: r.kernel,
      stride: r.stride,
      padding: r.padding,
      ...(r.dilation === 1 && r.omitDilation ? {} : { dilation: r.dilation }),
      groups,
      bias: r.bias,
    };
    return { layer, input: [inChannels, least + r.extraH, least + r.extraW] };
  });

const convWhere = (keep: (c: LayerCase) => boolean) => convCases.filter(keep);
const conv = (c: LayerCase) => c.layer as ConvLayer;
export const convWithBias = convWhere((c) => conv(c).bias);
export const groupedConvs = convWhere((c) => conv(c).groups > 1);
export const dilatedConvs = convWhere((c) => (conv(c).dilation ?? 1) > 1 && conv(c).kernel > 1);
export const stridedConvs = convWhere((c) => conv(c).stride > 1);

export const linearCases: fc.Arbitrary<LayerCase> = fc
  .record({ inFeatures: int(1, 64), outFeatures: int(1, 64), bias: fc.boolean() })
  .map((l) => ({ layer: { type: 'linear', ...l }, input: [l.inFeatures] }));
export const linearWithBias = linearCases.filter((c) => (c.layer as { bias: boolean }).bias);

/** Max or average pooling with PyTorch's limit padding ≤ ⌊kernel/2⌋, or adaptive average pooling to 1–7. */
export const poolCases: fc.Arbitrary<LayerCase> = fc.oneof(
  fc
    .record({
      type: fc.constantFrom('maxpool' as const, 'avgpool' as const),
      kernel: int(1, 4),
      stride: int(1, 3),
      padFraction: fc.double({ min: 0, max: 1, noNaN: true }),
      channels: int(1, 8),
      extraH: int(0, 8),
      extraW: int(0, 8),
    })
    .map((r) => {
      const padding = Math.floor(r.padFraction * (Math.floor(r.kernel / 2) + 0.99));
      const least = Math.max(1, r.kernel - 2 * padding);
      return {
        layer: { type: r.type, kernel: r.kernel, stride: r.stride, padding },
        input: [r.channels, least + r.extraH, least + r.extraW],
      };
    }),
  fc.record({ outputSize: int(1, 7), channels: int(1, 8), h: int(1, 12), w: int(1, 12) }).map(
    (r): LayerCase => ({
      layer: { type: 'adaptiveavgpool', outputSize: r.outputSize },
      input: [r.channels, r.h, r.w],
    }),
  ),
);

const image = fc.tuple(int(1, 8), int(1, 9), int(1, 9));

export const batchNormCases: fc.Arbitrary<LayerCase> = image.map((input) => ({
  layer: { type: 'batchnorm', channels: input[0] },
  input,
}));

/** BatchNorm, and ReLU, dropout and flatten on an image or a vector. */
export const passThroughCases: fc.Arbitrary<LayerCase> = fc.oneof(
  batchNormCases,
  fc.record({
    layer: fc.constantFrom<Layer>({ type: 'relu' }, { type: 'dropout' }, { type: 'flatten' }),
    input: fc.oneof(image, fc.tuple(int(1, 64))),
  }),
);

/** Every layer type on its own, for the diagnoses. */
export const singleLayerCases: fc.Arbitrary<LayerCase> = fc.oneof(convCases, linearCases, poolCases, passThroughCases);

/** A conv whose groups divide neither or only one of the channel counts. */
export const badGroupCases: fc.Arbitrary<LayerCase> = fc
  .record({ groups: int(2, 4), inChannels: int(1, 12), outChannels: int(1, 12), kernel: int(1, 3) })
  .filter((r) => r.inChannels % r.groups !== 0 || r.outChannels % r.groups !== 0)
  .map((r) => ({
    layer: { type: 'conv', ...r, stride: 1, padding: 0, bias: true },
    input: [r.inChannels, 5, 5],
  }));

export interface GroupedPair {
  readonly grouped: LayerCase;
  readonly plain: LayerCase;
  readonly groups: number;
}

/** The same bias-free conv with g = 2–4 groups and with 1. */
export const groupedPairs: fc.Arbitrary<GroupedPair> = fc
  .record({
    groups: int(2, 4),
    perGroupIn: int(1, 3),
    perGroupOut: int(1, 3),
    kernel: int(1, 3),
    stride: int(1, 2),
    padding: int(0, 1),
    h: int(3, 9),
    w: int(3, 9),
  })
  .map((r) => {
    const base = {
      type: 'conv' as const,
      inChannels: r.groups * r.perGroupIn,
      outChannels: r.groups * r.perGroupOut,
      kernel: r.kernel,
      stride: r.stride,
      padding: r.padding,
      bias: false,
    };
    const input = [base.inChannels, r.h, r.w];
    return {
      grouped: { layer: { ...base, groups: r.groups }, input },
      plain: { layer: { ...base, groups: 1 }, input },
      groups: r.groups,
    };
  });

export interface SeparableCase {
  readonly standard: ConvLayer;
  readonly depthwise: ConvLayer;
  readonly pointwise: ConvLayer;
  readonly input: Shape;
}

/**
 * A standard k×k conv Cin → Cout and its depthwise-separable replacement (a
 * depthwise k×k conv then a pointwise 1×1), bias-free, stride 1 and 'same'
 * padding (k odd), so that every conv keeps H×W.
 */
export const separableCases: fc.Arbitrary<SeparableCase> = fc
  .record({ cin: int(1, 8), cout: int(1, 8), half: int(0, 2), h: int(1, 9), w: int(1, 9) })
  .map(({ cin, cout, half, h, w }) => {
    const kernel = 2 * half + 1;
    const c = (inChannels: number, outChannels: number, k: number, groups: number): ConvLayer => ({
      type: 'conv',
      inChannels,
      outChannels,
      kernel: k,
      stride: 1,
      padding: (k - 1) / 2,
      groups,
      bias: false,
    });
    return {
      standard: c(cin, cout, kernel, 1),
      depthwise: c(cin, cin, kernel, cin),
      pointwise: c(cin, cout, 1, 1),
      input: [cin, h, w],
    };
  });

/**
 * A residual block on [C, H, W]: conv (k odd, stride s, 'same' padding) →
 * BatchNorm → ReLU → 3×3 conv, with the identity shortcut where the shape
 * stays and a strided 1×1 conv + BatchNorm where it does not — the two
 * branches always agree.
 */
export const residualCases: fc.Arbitrary<LayerCase> = fc
  .record({ c: int(1, 4), out: int(1, 4), half: int(0, 1), stride: int(1, 2), h: int(1, 9), w: int(1, 9) })
  .map(({ c, out, half, stride, h, w }) => {
    const k = 2 * half + 1;
    const body: Layer[] = [
      { type: 'conv', inChannels: c, outChannels: out, kernel: k, stride, padding: half, groups: 1, bias: false },
      { type: 'batchnorm', channels: out },
      { type: 'relu' },
      { type: 'conv', inChannels: out, outChannels: out, kernel: 3, stride: 1, padding: 1, groups: 1, bias: true },
    ];
    const shortcut: Layer[] =
      stride === 1 && out === c
        ? []
        : [
            { type: 'conv', inChannels: c, outChannels: out, kernel: 1, stride, padding: 0, groups: 1, bias: false },
            { type: 'batchnorm', channels: out },
          ];
    return { layer: { type: 'residual', body, shortcut }, input: [c, h, w] };
  });

/**
 * Residual blocks whose branches end in different shapes: an identity
 * shortcut past a conv that changes the channels or strides, or a shortcut
 * conv with the wrong channels.
 */
export const mismatchedResidualCases: fc.Arbitrary<LayerCase> = fc
  .record({ c: int(1, 4), extra: int(1, 3), stride: int(1, 2), h: int(3, 9), w: int(3, 9), how: int(0, 2) })
  .map(({ c, extra, stride, h, w, how }) => {
    const conv1 = (inChannels: number, outChannels: number, s: number): Layer => ({
      type: 'conv',
      inChannels,
      outChannels,
      kernel: 1,
      stride: s,
      padding: 0,
      groups: 1,
      bias: false,
    });
    const layer: Layer =
      how === 0
        ? { type: 'residual', body: [conv1(c, c + extra, 1)], shortcut: [] }
        : how === 1
          ? { type: 'residual', body: [conv1(c, c, 2)], shortcut: [] }
          : { type: 'residual', body: [conv1(c, c, stride)], shortcut: [conv1(c, c + extra, stride)] };
    return { layer, input: [c, h, w] };
  });

type Spec =
  | { kind: 'conv'; out: number; kernel: number; stride: number; dilation: number; bias: boolean; depthwise: boolean }
  | { kind: 'pool'; type: 'maxpool' | 'avgpool'; kernel: number; stride: number }
  | { kind: 'batchnorm' | 'relu' | 'dropout' | 'identity-residual' };

const spec: fc.Arbitrary<Spec> = fc.oneof(
  fc.record({
    kind: fc.constant('conv' as const),
    out: int(1, 4),
    kernel: int(1, 3),
    stride: int(1, 2),
    dilation: int(1, 2),
    bias: fc.boolean(),
    depthwise: fc.boolean(),
  }),
  fc.record({
    kind: fc.constant('pool' as const),
    type: fc.constantFrom('maxpool' as const, 'avgpool' as const),
    kernel: int(2, 3),
    stride: int(1, 2),
  }),
  fc.record({
    kind: fc.constantFrom('batchnorm' as const, 'relu' as const, 'dropout' as const, 'identity-residual' as const),
  }),
);

/** A layer from a spec that fits the current shape, or none when its window would not fit. */
function build(s: Spec, [c, h, w]: Shape): Layer | undefined {
  switch (s.kind) {
    case 'conv': {
      const padding = Math.floor(s.kernel / 2);
      const layer: ConvLayer = {
        type: 'conv',
        inChannels: c,
        outChannels: s.depthwise ? c : s.out,
        kernel: s.kernel,
        stride: s.stride,
        padding,
        dilation: s.dilation,
        groups: s.depthwise ? c : 1,
        bias: s.bias,
      };
      return outputSize(Math.min(h, w), s.kernel, s.stride, padding, s.dilation) >= 1 ? layer : undefined;
    }
    case 'pool':
      return Math.min(h, w) >= s.kernel ? { type: s.type, kernel: s.kernel, stride: s.stride, padding: 0 } : undefined;
    case 'batchnorm':
      return { type: 'batchnorm', channels: c };
    case 'identity-residual':
      return {
        type: 'residual',
        body: [
          { type: 'conv', inChannels: c, outChannels: c, kernel: 3, stride: 1, padding: 1, groups: 1, bias: false },
          { type: 'batchnorm', channels: c },
        ],
        shortcut: [],
      };
    default:
      return { type: s.kind };
  }
}

/**
 * 0–6 layers on a [C, H, W] image, each built to fit the previous one's
 * output (the fold computes the shapes with the definitions), then, half the
 * time, flatten and a linear head.
 */
export const modelCases: fc.Arbitrary<ModelCase> = fc
  .record({
    input: fc.tuple(int(1, 4), int(3, 12), int(3, 12)),
    specs: fc.array(spec, { maxLength: 6 }),
    head: fc.option(int(1, 10), { nil: undefined }),
  })
  .map(({ input, specs, head }) => {
    const layers: Layer[] = [];
    let shape: Shape = input;
    for (const s of specs) {
      const layer = build(s, shape);
      if (!layer) continue;
      layers.push(layer);
      if (layer.type === 'conv') {
        const d = layer.dilation ?? 1;
        const size = (n: number) => outputSize(n, layer.kernel, layer.stride, layer.padding, d);
        shape = [layer.outChannels, size(shape[1]), size(shape[2])];
      } else if (layer.type === 'maxpool' || layer.type === 'avgpool') {
        const size = (n: number) => outputSize(n, layer.kernel, layer.stride, layer.padding, 1);
        shape = [shape[0], size(shape[1]), size(shape[2])];
      }
    }
    if (head !== undefined) {
      const features = shape[0] * shape[1] * shape[2];
      layers.push({ type: 'flatten' }, { type: 'linear', inFeatures: features, outFeatures: head, bias: true });
    }
    return { layers, input };
  });

export const networkCase = (network: NetworkName): fc.Arbitrary<NetworkCase> => fc.constant({ network });
