import { callLearner, mistake, probe } from '../kit/toolkit';
import { type EncodingCase, encodingCases, type K, type RopeCase, ropeCases } from './cases';
import { observeRope } from './learner';
import m from './misconceptions';
import { encoding64, rope64, type Slip } from './oracle';

type Name = keyof typeof m;

const encoding = probe<K, EncodingCase>({
  cases: encodingCases,
  observe: (kata, c) => ({ pe: callLearner(kata, 'sinusoidalEncoding', { length: c.length, d: c.d }) }),
  truth: (c) => ({ pe: encoding64(c.length, c.d) }),
});

const rope = probe<K, RopeCase>({
  cases: ropeCases(),
  observe: observeRope,
  truth: (c) => rope64(c),
});

/** What code with each mistake does, in the encoding: the oracle with that slip. */
const inEncoding: Partial<Record<Name, Slip>> = {
  'sin-cos-swapped': { encoding: 'swapped' },
  'exponent-uses-dimension-index': { frequency: 'dimension-index' },
  'base-in-numerator': { frequency: 'base-in-numerator' },
  'positions-from-one': { encoding: 'from-one' },
  'concatenated-halves': { halfSplit: true },
};

/** And in RoPE: out and dx both, so that a mistake in one is not taken for one in the other. */
const inRope: Partial<Record<Name, Slip>> = {
  'exponent-uses-dimension-index': { frequency: 'dimension-index' },
  'base-in-numerator': { frequency: 'base-in-numerator' },
  'concatenated-halves': { halfSplit: true },
  'rotation-reversed': { reversed: true },
  'same-angle-every-pair': { sameAngle: true },
  'backward-forward-rotation': { backwardForward: true },
};

export const encodingMistakes = Object.entries(inEncoding).map(([name, slip]) =>
  mistake(encoding, m[name as Name], (c) => ({ pe: encoding64(c.length, c.d, slip) })),
);

export const ropeMistakes = Object.entries(inRope).map(([name, slip]) =>
  mistake(rope, m[name as Name], (c) => rope64(c, slip)),
);
