import type { ConvLayer, Layer } from '../../katas/12-model-stats/model-stats';

// Three published networks as torchvision builds them (torchvision.models,
// weights aside), written as this kata's layer lists. ReLU6 is a 'relu': the
// same shape and no parameters. torchvision's totals are tests
// (oracle.test.ts and the grader).

const conv = (
  inChannels: number,
  outChannels: number,
  kernel: number,
  { stride = 1, padding = 0, groups = 1, bias = false } = {},
): ConvLayer => ({ type: 'conv', inChannels, outChannels, kernel, stride, padding, groups, bias });
const bn = (channels: number): Layer => ({ type: 'batchnorm', channels });
const relu: Layer = { type: 'relu' };
const linear = (inFeatures: number, outFeatures: number): Layer => ({
  type: 'linear',
  inFeatures,
  outFeatures,
  bias: true,
});

/** vgg16(): configuration D, 3×3 convs with bias, 2×2 max pools, AdaptiveAvgPool2d(7), 25088 → 4096 → 4096 → 1000. */
export function vgg16(): Layer[] {
  const layers: Layer[] = [];
  let c = 3;
  for (const v of [64, 64, 'M', 128, 128, 'M', 256, 256, 256, 'M', 512, 512, 512, 'M', 512, 512, 512, 'M'] as const) {
    if (v === 'M') layers.push({ type: 'maxpool', kernel: 2, stride: 2, padding: 0 });
    else {
      layers.push(conv(c, v, 3, { padding: 1, bias: true }), relu);
      c = v;
    }
  }
  layers.push(
    { type: 'adaptiveavgpool', outputSize: 7 },
    { type: 'flatten' },
    linear(512 * 7 * 7, 4096),
    relu,
    { type: 'dropout' },
    linear(4096, 4096),
    relu,
    { type: 'dropout' },
    linear(4096, 1000),
  );
  return layers;
}

/**
 * resnet50(): ResNet v1.5 as torchvision has it (the stride on the 3×3 conv
 * of a bottleneck), bottlenecks [3, 4, 6, 3] with expansion 4, a 1×1 conv +
 * BatchNorm shortcut where the shape changes, a ReLU after each addition.
 */
export function resnet50(): Layer[] {
  const layers: Layer[] = [conv(3, 64, 7, { stride: 2, padding: 3 }), bn(64), relu];
  layers.push({ type: 'maxpool', kernel: 3, stride: 2, padding: 1 });
  let inplanes = 64;
  for (const [planes, blocks, stride] of [
    [64, 3, 1],
    [128, 4, 2],
    [256, 6, 2],
    [512, 3, 2],
  ]) {
    for (let b = 0; b < blocks; b++) {
      const s = b === 0 ? stride : 1;
      const out = planes * 4;
      const body: Layer[] = [
        conv(inplanes, planes, 1),
        bn(planes),
        relu,
        conv(planes, planes, 3, { stride: s, padding: 1 }),
        bn(planes),
        relu,
        conv(planes, out, 1),
        bn(out),
      ];
      const shortcut = s !== 1 || inplanes !== out ? [conv(inplanes, out, 1, { stride: s }), bn(out)] : [];
      layers.push({ type: 'residual', body, shortcut }, relu);
      inplanes = out;
    }
  }
  layers.push({ type: 'adaptiveavgpool', outputSize: 1 }, { type: 'flatten' }, linear(2048, 1000));
  return layers;
}

/**
 * mobilenet_v2(): width 1.0, inverted residuals (t, c, n, s) of the paper's
 * Table 2; expansion 1×1 (when t ≠ 1), depthwise 3×3, linear 1×1 projection,
 * each conv bias-free and followed by BatchNorm; the shortcut only where
 * stride is 1 and the channels stay the same.
 */
export function mobilenetV2(): Layer[] {
  const convBnRelu = (cin: number, cout: number, k: number, stride = 1, groups = 1): Layer[] => [
    conv(cin, cout, k, { stride, padding: (k - 1) / 2, groups }),
    bn(cout),
    relu,
  ];
  const layers: Layer[] = convBnRelu(3, 32, 3, 2);
  let c = 32;
  for (const [t, out, n, stride] of [
    [1, 16, 1, 1],
    [6, 24, 2, 2],
    [6, 32, 3, 2],
    [6, 64, 4, 2],
    [6, 96, 3, 1],
    [6, 160, 3, 2],
    [6, 320, 1, 1],
  ]) {
    for (let i = 0; i < n; i++) {
      const s = i === 0 ? stride : 1;
      const hidden = c * t;
      const block: Layer[] = [
        ...(t === 1 ? [] : convBnRelu(c, hidden, 1)),
        ...convBnRelu(hidden, hidden, 3, s, hidden),
        conv(hidden, out, 1),
        bn(out),
      ];
      layers.push(...(s === 1 && c === out ? [{ type: 'residual', body: block, shortcut: [] } as Layer] : block));
      c = out;
    }
  }
  layers.push(
    ...convBnRelu(320, 1280, 1),
    { type: 'adaptiveavgpool', outputSize: 1 },
    { type: 'flatten' },
    { type: 'dropout' },
    linear(1280, 1000),
  );
  return layers;
}

export const IMAGENET_INPUT = [3, 224, 224];

/** sum(p.numel() for p in model.parameters()) of torchvision's models, as its documentation lists them. */
export const PUBLISHED_PARAMS = { vgg16: 138_357_544, resnet50: 25_557_032, mobilenetV2: 3_504_872 } as const;

/** torchvision's documentation: "GFLOPS" at 224×224, which are multiply-adds, to two decimals. */
export const PUBLISHED_GMACS = { vgg16: 15.47, resnet50: 4.09, mobilenetV2: 0.3 } as const;

export const NETWORKS = { vgg16, resnet50, mobilenetV2 } as const;
export type NetworkName = keyof typeof NETWORKS;
