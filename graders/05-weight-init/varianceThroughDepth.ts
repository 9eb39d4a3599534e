import { seededRng } from '../../katas/lib/rng';
import { callLearner, picture } from '../kit/toolkit';
import { activationVariances } from './activationVariances';
import type { K } from './cases';
import text from './messages';

// The guide's vanishing-signal story, drawn from the learner's own
// initialisers: the same 30-layer ReLU MLP and the same input, once with
// heNormal's weights and once with xavierNormal's. He stays level, Xavier
// halves at every layer (≈ 2⁻³⁰ at the top). Width 128 and batch 32 keep the
// drawing under 0.1 s; at that width log₂(v₃₀/v₁) spreads by about 1.3 from
// seed to seed (activationVariances.test.ts), which a picture can show and a
// property could not grade with a fixed band: it earns no points.

const WIDTH = 128;
const BATCH = 32;
const DEPTH = 30;
const SEED = 5;

const through = (kata: K, fn: 'heNormal' | 'xavierNormal'): number[] =>
  activationVariances((shape, rng) => callLearner(kata, fn, { shape, rng }), {
    width: WIDTH,
    depth: DEPTH,
    batch: BATCH,
    rng: seededRng(SEED),
  });

export const varianceThroughDepth = picture<K>({
  id: 'variance-through-depth',
  title: text['depth-title'](),
  draw: (kata) => ({
    x: Array.from({ length: DEPTH }, (_, l) => l + 1),
    xLabel: text['depth-layer'](),
    yScale: 'log',
    series: [
      { name: text['depth-he'](), values: through(kata, 'heNormal') },
      { name: text['depth-xavier'](), values: through(kata, 'xavierNormal') },
    ],
  }),
});
