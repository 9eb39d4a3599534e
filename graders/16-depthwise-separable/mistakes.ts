import { mistake, probe } from '../kit/toolkit';
import { batchCases, cases, costCases, multiChannelCases, squareCases, stridedCases } from './cases';
import {
  type K,
  runCosts,
  runDepthwise,
  runDepthwiseBackward,
  runPointwise,
  runSeparable,
  runSeparableBackward,
} from './learner';
import m from './misconceptions';
import {
  type Case,
  type CostCase,
  type CostSlip,
  costOracle,
  depthwiseOracle,
  exact,
  pointwiseOracle,
  type Slip,
  separableOracle,
} from './oracle';

// What code with each mistake returns, for confirmMistakes to hold the
// learner's own code against: the oracle with that slip, on the cases where
// it shows (a sum over channels needs two of them, the stride a stride of 2,
// the batch's sum a batch of two, a transposed pointwise weight C = Cout).

const depthwiseForward = probe<K, Case>({
  cases,
  observe: (kata, c) => ({ out: runDepthwise(kata, c).out }),
  truth: (c) => ({ out: depthwiseOracle(c).out }),
});

const depthwiseBackward = probe<K, Case>({
  cases,
  observe: (kata, c) => {
    const { dx, dw } = runDepthwiseBackward(kata, c);
    return { dx, dw };
  },
  truth: (c) => {
    const { dx, dw } = depthwiseOracle(c);
    return { dx, dw };
  },
});

const pointwiseForward = probe<K, Case>({
  cases,
  observe: (kata, c) => ({ out: runPointwise(kata, c).out }),
  truth: (c) => ({ out: pointwiseOracle(c).out }),
});

const separableForward = probe<K, Case>({
  cases,
  observe: (kata, c) => ({ out: runSeparable(kata, c).out }),
  truth: (c) => ({ out: separableOracle(c).out }),
});

const SEPARABLE_GRADIENTS = ['dx', 'dwDepthwise', 'dwPointwise'] as const;

const separableBackward = probe<K, Case>({
  cases,
  observe: (kata, c) => {
    const g = runSeparableBackward(kata, c);
    return Object.fromEntries(SEPARABLE_GRADIENTS.map((n) => [n, g[n]]));
  },
  truth: (c) => {
    const t = separableOracle(c);
    return Object.fromEntries(SEPARABLE_GRADIENTS.map((n) => [n, t[n]]));
  },
});

const COSTS = ['separable.params', 'separable.macs', 'standard.params', 'standard.macs'] as const;

const flatCosts = (q: CostCase, slip: CostSlip = {}) => {
  const { separable, standard } = costOracle(q, slip);
  return {
    'separable.params': exact(separable.params),
    'separable.macs': exact(separable.macs),
    'standard.params': exact(standard.params),
    'standard.macs': exact(standard.macs),
  };
};

const costs = probe<K, CostCase>({
  cases: costCases,
  observe: (kata, q) => runCosts(kata, q),
  truth: (q) => flatCosts(q),
});

/** A forward slip in the depthwise conv, seen in depthwiseConvForward and in the block that calls it. */
const inDepthwise = (name: keyof typeof m, slip: Slip, on: typeof cases) => [
  mistake(depthwiseForward, m[name], (c) => ({ out: depthwiseOracle(c, slip).out }), on),
  mistake(separableForward, m[name], (c) => ({ out: separableOracle(c, slip).out }), on),
];

export const depthwiseForwardMistakes = [
  ...inDepthwise('depthwise-sums-channels', { sumsChannels: true }, multiChannelCases),
  ...inDepthwise('depthwise-one-filter', { oneFilter: true }, multiChannelCases),
  ...inDepthwise('depthwise-stride-ignored', { strideIgnored: true }, stridedCases),
];

export const depthwiseBackwardMistakes = [
  mistake(
    depthwiseBackward,
    m['dw-averaged-over-batch'],
    (c) => ({ dw: depthwiseOracle(c, { dwAveraged: true }).dw }),
    batchCases,
  ),
];

export const pointwiseForwardMistakes = [
  mistake(
    pointwiseForward,
    m['pointwise-weight-transposed'],
    (c) => ({ out: pointwiseOracle(c, { pointwiseTransposed: true }).out }),
    squareCases,
  ),
  mistake(
    separableForward,
    m['pointwise-weight-transposed'],
    (c) => ({ out: separableOracle(c, { pointwiseTransposed: true }).out }),
    squareCases,
  ),
];

export const separableBackwardMistakes = [
  mistake(separableBackward, m['separable-dx-skips-depthwise'], (c) => ({
    dx: separableOracle(c, { dxSkipsDepthwise: true }).dx,
  })),
  mistake(
    separableBackward,
    m['dw-averaged-over-batch'],
    (c) => ({ dwDepthwise: separableOracle(c, { dwAveraged: true }).dwDepthwise }),
    batchCases,
  ),
];

const inCosts = (name: keyof typeof m, slip: CostSlip, outputs: readonly (typeof COSTS)[number][]) =>
  mistake(costs, m[name], (q) => {
    const wrong = flatCosts(q, slip);
    return Object.fromEntries(outputs.map((o) => [o, wrong[o]]));
  });

export const costMistakes = [
  inCosts('cost-pointwise-k2', { pointwiseK2: true }, ['separable.params', 'separable.macs']),
  inCosts('cost-missing-depthwise', { missingDepthwise: true }, ['separable.params', 'separable.macs']),
  inCosts('cost-bias-counted', { bias: true }, ['separable.params', 'standard.params']),
];

/** Every forward mistake: what a gradient check of the learner's own forward may fail on too. */
export const forwardMistakes = [...depthwiseForwardMistakes, ...pointwiseForwardMistakes];
