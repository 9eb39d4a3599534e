import { describe, expect, it } from 'vitest';
import * as solution from '../../solutions/12-model-stats/model-stats';
import { IMAGENET_INPUT, NETWORKS, type NetworkName, PUBLISHED_GMACS, PUBLISHED_PARAMS } from './networks';
import { layerStats64, modelStats64, outputSize } from './oracle';

// The oracle is the definition; what proves it is that it reproduces the
// totals torchvision publishes for its models (there is no tfjs reference
// for a count).
const names = Object.keys(NETWORKS) as NetworkName[];

describe('model-stats oracle', () => {
  it.each(names)("counts %s's parameters as torchvision does", (name) => {
    const stats = modelStats64(NETWORKS[name](), IMAGENET_INPUT);
    expect(stats.params).toBe(PUBLISHED_PARAMS[name]);
    expect(stats.outputShape).toEqual([1000]);
  });

  // torchvision's "GFLOPS" are multiply-adds rounded to two decimals: the
  // oracle's exact total, divided by 10⁹ and rounded so, is the published
  // figure (VGG16: 15,470,264,320 → 15.47; ResNet-50: 4,089,184,256 → 4.09;
  // MobileNetV2: 300,774,272 → 0.30), and twice it (FLOPs) is not.
  it.each(names)("rounds %s's MACs to torchvision's published GFLOPS", (name) => {
    const { macs } = modelStats64(NETWORKS[name](), IMAGENET_INPUT);
    expect(Number.isInteger(macs)).toBe(true);
    expect(Math.round(macs / 1e7) / 100).toBe(PUBLISHED_GMACS[name]);
    expect(Math.round((2 * macs) / 1e7) / 100).not.toBe(PUBLISHED_GMACS[name]);
  });

  it('pins the exact totals the grader names', () => {
    const macs = names.map((n) => modelStats64(NETWORKS[n](), IMAGENET_INPUT).macs);
    expect(macs).toEqual([15_470_264_320, 4_089_184_256, 300_774_272]);
  });

  it('agrees with the solution on every network, layer by layer', () => {
    for (const name of names) {
      const layers = NETWORKS[name]();
      expect(solution.modelStats(layers, IMAGENET_INPUT)).toEqual(modelStats64(layers, IMAGENET_INPUT));
    }
  });

  it('puts fc6 = 25088·4096 + 4096 at three quarters of VGG16', () => {
    const fc6 = layerStats64({ type: 'linear', inFeatures: 25088, outFeatures: 4096, bias: true }, [25088]);
    expect(fc6.params).toBe(102_764_544);
    expect(fc6.params / PUBLISHED_PARAMS.vgg16).toBeCloseTo(0.743, 3);
  });

  it('gives PyTorch output sizes where the division is not exact', () => {
    // ⌊(7 + 2 − 3)/2⌋ + 1 = 4; dilation 2 spans 5: ⌊(7 + 2 − 5)/2⌋ + 1 = 3; ceil would give 4.
    expect(outputSize(7, 3, 2, 1, 1)).toBe(4);
    expect(outputSize(8, 3, 2, 1, 1)).toBe(4);
    expect(outputSize(7, 3, 2, 1, 2)).toBe(3);
    expect(outputSize(8, 3, 2, 1, 1, { ceilOutput: true })).toBe(5);
    expect(outputSize(7, 3, 2, 1, 2, { dilationIgnored: true })).toBe(4);
  });

  it('counts a depthwise conv as k² weights per channel, and refuses groups that do not divide', () => {
    const dw = {
      type: 'conv',
      inChannels: 32,
      outChannels: 32,
      kernel: 3,
      stride: 1,
      padding: 1,
      groups: 32,
      bias: false,
    } as const;
    expect(layerStats64(dw, [32, 112, 112])).toEqual({
      outputShape: [32, 112, 112],
      params: 288,
      macs: 288 * 112 * 112,
    });
    expect(() => layerStats64({ ...dw, groups: 3 }, [32, 112, 112])).toThrow();
  });
});
