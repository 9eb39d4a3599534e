import type { ConvLayer, ResidualLayer } from '../../katas/12-model-stats/model-stats';
import { callLearner, defineGrader, fail, property } from '../kit/toolkit';
import {
  badGroupCases,
  convCases,
  groupedPairs,
  type K,
  type LayerCase,
  linearCases,
  mismatchedResidualCases,
  modelCases,
  type NetworkCase,
  networkCase,
  passThroughCases,
  poolCases,
  residualCases,
  separableCases,
} from './cases';
import { expectRefused } from './expectRefused';
import { count, describeLayer, expectLayerStats, expectModelStats, layerCall, statsOf } from './expectStats';
import text from './messages';
import { allMistakes } from './mistakes';
import { IMAGENET_INPUT, NETWORKS } from './networks';
import { layerStats64, modelStats64 } from './oracle';

// Counts are exact integers, compared with ===: no tolerance. The truth is
// the definition (oracle.ts), itself proven against torchvision's published
// totals (oracle.test.ts). Every property may fail for any of the known
// mistakes (a wrong conv count breaks a network's total too), so each lists
// them all: the engine names one only where the learner's own layerStats is
// shown to make it (mistakes.ts).

const againstDefinition = (kata: K, { layer, input }: LayerCase): void => {
  expectLayerStats(kata, layer, input, layerStats64(layer, input));
};

const expectNetwork = (kata: K, { network }: NetworkCase): void => {
  const layers = NETWORKS[network]();
  expectModelStats(
    kata,
    layers,
    IMAGENET_INPUT,
    modelStats64(layers, IMAGENET_INPUT),
    `modelStats(${network}, [3, 224, 224])`,
    network,
  );
};

/** One learner stat of a conv on its input, its form checked. */
const learnerStat = (kata: K, { layer, input }: LayerCase, what: 'params' | 'macs'): number =>
  statsOf(callLearner(kata, 'layerStats', { layer, inputShape: input }), layerCall(layer, input))[what];

export default defineGrader<K>([
  property({
    id: 'conv-stats',
    name: 'conv: output shape, params and MACs for any stride, padding, dilation, groups and bias',
    points: 3,
    arbitrary: convCases,
    diagnose: allMistakes,
    check: againstDefinition,
  }),
  property({
    id: 'linear-stats',
    name: 'linear: params in·out (+ out with a bias), MACs in·out',
    points: 1,
    arbitrary: linearCases,
    diagnose: allMistakes,
    check: againstDefinition,
  }),
  property({
    id: 'pooling-stats',
    name: 'max, average and adaptive average pooling: output shape, no params, 0 MACs',
    points: 1,
    arbitrary: poolCases,
    diagnose: allMistakes,
    check: againstDefinition,
  }),
  property({
    id: 'pass-through-stats',
    name: 'batchnorm has 2C params (γ, β); relu, dropout and flatten none; all 0 MACs',
    points: 1,
    arbitrary: passThroughCases,
    diagnose: allMistakes,
    check: againstDefinition,
  }),
  property({
    id: 'groups-must-divide',
    name: 'a conv whose groups do not divide both channel counts throws an error',
    points: 1,
    arbitrary: badGroupCases,
    check: (kata, c) => {
      const l = c.layer as ConvLayer;
      const accepted = text['groups-accepted']({
        layer: describeLayer(l),
        groups: l.groups,
        cin: l.inChannels,
        cout: l.outChannels,
      });
      expectRefused(kata, c, accepted, 'groups-divide-channels');
    },
  }),
  property({
    id: 'grouped-conv-costs',
    name: 'g groups: 1/g of the params and MACs of the same conv ungrouped',
    points: 1,
    arbitrary: groupedPairs,
    diagnose: allMistakes,
    check: (kata, { grouped, plain, groups }) => {
      for (const what of ['params', 'macs'] as const) {
        const g = learnerStat(kata, grouped, what);
        const p = learnerStat(kata, plain, what);
        if (g * groups !== p) {
          fail({
            fn: 'layerStats',
            argument: what,
            got: g,
            expected: p / groups,
            message: text['grouped-ratio']({
              what,
              groups,
              grouped: count(g),
              plain: count(p),
              expected: count(p / groups),
            }),
          });
        }
      }
    },
  }),
  property({
    id: 'separable-ratio',
    name: 'depthwise-separable / standard conv cost = 1/Cout + 1/k², exactly',
    points: 2,
    arbitrary: separableCases,
    diagnose: allMistakes,
    // standard = Cout·H·W·Cin·k², depthwise = Cin·H·W·k², pointwise = Cout·H·W·Cin (stride 1,
    // 'same' padding: H·W throughout, no bias); (depthwise + pointwise)/standard = 1/Cout + 1/k².
    // Compared as integers: separable·Cout·k² = standard·(Cout + k²). Bias-free params are the
    // MACs without H·W, so the same identity holds for them.
    check: (kata, { standard, depthwise, pointwise, input }) => {
      const cout = standard.outChannels;
      const k2 = standard.kernel ** 2;
      for (const what of ['macs', 'params'] as const) {
        const std = learnerStat(kata, { layer: standard, input }, what);
        const dw = learnerStat(kata, { layer: depthwise, input }, what);
        // The pointwise conv reads the depthwise output: [Cin, H, W], the input's shape.
        const pw = learnerStat(kata, { layer: pointwise, input }, what);
        const left = (dw + pw) * cout * k2;
        const right = std * (cout + k2);
        if (left !== right) {
          fail({
            fn: 'layerStats',
            argument: what,
            got: left,
            expected: right,
            message: text['separable-ratio']({
              what,
              standard: count(std),
              depthwise: count(dw),
              pointwise: count(pw),
              separable: count(dw + pw),
              cout,
              k2,
              left: count(left),
              right: count(right),
            }),
          });
        }
      }
    },
  }),
  property({
    id: 'residual-stats',
    name: 'residual: params and MACs of both branches added, the shape of their output',
    points: 1,
    arbitrary: residualCases,
    diagnose: allMistakes,
    check: againstDefinition,
  }),
  property({
    id: 'residual-shapes-must-agree',
    name: 'a residual whose branches end in different shapes throws an error',
    points: 1,
    arbitrary: mismatchedResidualCases,
    check: (kata, c) => {
      const l = c.layer as ResidualLayer;
      const end = (branch: typeof l.body) => modelStats64(branch, c.input).outputShape.join(', ');
      const accepted = text['mismatch-accepted']({ body: end(l.body), shortcut: end(l.shortcut) });
      expectRefused(kata, c, accepted, 'residual-shapes-agree');
    },
  }),
  property({
    id: 'model-stats',
    name: "modelStats: each layer reads the previous one's output, the totals are the sums",
    points: 2,
    arbitrary: modelCases,
    diagnose: allMistakes,
    check: (kata, { layers, input }) =>
      expectModelStats(kata, layers, input, modelStats64(layers, input), `modelStats(layers, [${input.join(', ')}])`),
  }),
  property({
    id: 'vgg16',
    name: 'VGG16 at 224×224: 138,357,544 params, 15,470,264,320 MACs',
    points: 2,
    arbitrary: networkCase('vgg16'),
    numRuns: 1,
    diagnose: allMistakes,
    check: expectNetwork,
  }),
  property({
    id: 'resnet50',
    name: 'ResNet-50 at 224×224: 25,557,032 params, 4,089,184,256 MACs',
    points: 2,
    arbitrary: networkCase('resnet50'),
    numRuns: 1,
    diagnose: allMistakes,
    check: expectNetwork,
  }),
  property({
    id: 'mobilenet-v2',
    name: 'MobileNetV2 at 224×224: 3,504,872 params, 300,774,272 MACs',
    points: 2,
    arbitrary: networkCase('mobilenetV2'),
    numRuns: 1,
    diagnose: allMistakes,
    check: expectNetwork,
  }),
]);
