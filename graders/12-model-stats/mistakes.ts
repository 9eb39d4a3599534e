import type fc from 'fast-check';
import { type Tensor64, tensor64 } from '../kit/tensor';
import { callLearner, type Misconception, mistake, probe } from '../kit/toolkit';
import {
  convWithBias,
  dilatedConvs,
  groupedConvs,
  type K,
  type LayerCase,
  linearCases,
  linearWithBias,
  passThroughCases,
  singleLayerCases,
  stridedConvs,
} from './cases';
import m from './misconceptions';
import { layerStats64, type Slip } from './oracle';

type Stats = { outputShape: Tensor64; params: Tensor64; macs: Tensor64 };

const isLayerCase = (c: unknown): c is LayerCase =>
  typeof c === 'object' && c !== null && 'layer' in c && 'input' in c && Array.isArray((c as LayerCase).input);

/** The stats of one layer with the slip (none: the truth), as exact tensors; throws on any other case. */
function statsOf(c: LayerCase, slip: Slip = {}): Stats {
  if (!isLayerCase(c)) throw new RangeError('not a case of this probe: one layer on one input');
  const s = layerStats64(c.layer, c.input, slip);
  return {
    outputShape: tensor64(s.outputShape, { exact: true }),
    params: tensor64(s.params, { exact: true }),
    macs: tensor64(s.macs, { exact: true }),
  };
}

/** layerStats on one layer. Residual blocks and refused layers are not its cases: their truth throws or they are left out. */
const layer = probe<K, LayerCase>({
  cases: singleLayerCases,
  observe: (kata, c) => {
    const s = callLearner(kata, 'layerStats', { layer: c.layer, inputShape: c.input }) ?? {};
    return { outputShape: s.outputShape, params: s.params, macs: s.macs };
  },
  truth: (c) => statsOf(c),
});

const slipped = (misconception: Misconception, slip: Slip, cases: fc.Arbitrary<LayerCase>) =>
  mistake(layer, misconception, (c) => statsOf(c, slip), cases);

export const convForgetsBias = slipped(m['conv-forgets-bias'], { convBias: 'missing' }, convWithBias);
export const convBiasPerPosition = slipped(m['conv-bias-per-position'], { convBias: 'per-position' }, convWithBias);
export const convIgnoresGroups = slipped(m['conv-ignores-groups'], { groupsIgnored: true }, groupedConvs);
export const macsOverInputArea = slipped(m['macs-over-input-area'], { macsOverInputArea: true }, stridedConvs);
export const outputSizeCeil = slipped(m['output-size-ceil'], { ceilOutput: true }, stridedConvs);
export const outputSizeIgnoresDilation = slipped(
  m['output-size-ignores-dilation'],
  { dilationIgnored: true },
  dilatedConvs,
);
export const batchNormCountsRunningStats = slipped(
  m['batchnorm-counts-running-stats'],
  { batchNormRunningStats: true },
  passThroughCases,
);
export const linearForgetsBias = slipped(m['linear-forgets-bias'], { linearBiasMissing: true }, linearWithBias);
export const macsCountedAsFlops = slipped(m['macs-counted-as-flops'], { flops: true }, linearCases);

/** Every known mistake: each is named only where the learner's own layerStats is shown to make it. */
export const allMistakes = [
  convForgetsBias,
  convBiasPerPosition,
  convIgnoresGroups,
  macsOverInputArea,
  outputSizeCeil,
  outputSizeIgnoresDilation,
  batchNormCountsRunningStats,
  linearForgetsBias,
  macsCountedAsFlops,
];

export const convMistakes = [
  convForgetsBias,
  convBiasPerPosition,
  convIgnoresGroups,
  macsOverInputArea,
  outputSizeCeil,
  outputSizeIgnoresDilation,
  macsCountedAsFlops,
];
