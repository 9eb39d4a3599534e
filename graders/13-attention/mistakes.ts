import type fc from 'fast-check';
import type * as Kata from '../../katas/13-attention/attention';
import { mistake, probe } from '../kit/toolkit';
import { attentionCase, type Case } from './cases';
import { largeScores } from './largeScores';
import { runBackward, runForward } from './learner';
import m from './misconceptions';
import { attention64, forward64, type Slip } from './oracle';

type K = typeof Kata;
type Name = keyof typeof m;

const forward = probe<K, Case>({
  cases: attentionCase(),
  observe: (kata, c) => {
    const { weights, out } = runForward(kata, c);
    return { weights, out };
  },
  truth: (c) => forward64(c),
});

const backward = probe<K, Case>({
  cases: attentionCase(),
  observe: (kata, c) => {
    const { dQ, dK, dV } = runBackward(kata, c) ?? {};
    return { dQ, dK, dV };
  },
  truth: (c) => {
    const { dQ, dK, dV } = attention64(c);
    return { dQ, dK, dV };
  },
});

// Where each mistake shows, when most of the probe's cases would not: a scale
// needs d_k ≥ 2 and two keys, a mask mistake a mask, an overflow large scores.
const scaled = attentionCase({ dkMin: 2, SkMin: 2 });
const masked = attentionCase({ mask: 'always' });

/** What code with each mistake does: the oracle with that slip, on the cases where it shows. */
const slips: Record<Name, { slip: Slip; cases?: fc.Arbitrary<Case> }> = {
  'scale-missing': { slip: { divisor: () => 1 }, cases: scaled },
  'divided-by-dk': { slip: { divisor: (dk) => dk }, cases: scaled },
  'mask-ignored': { slip: { mask: 'ignored' }, cases: masked },
  'mask-inverted': { slip: { mask: 'inverted' }, cases: masked },
  'mask-after-softmax': { slip: { mask: 'after-softmax' }, cases: masked },
  'softmax-over-queries': { slip: { softmax: 'over-queries' } },
  'no-max-subtraction': { slip: { softmax: 'no-max' }, cases: largeScores },
  'elementwise-softmax-backward': { slip: { backward: 'elementwise' } },
  'dq-unscaled': { slip: { backward: 'dq-unscaled' }, cases: scaled },
  'dk-unscaled': { slip: { backward: 'dk-unscaled' }, cases: scaled },
  'gradient-through-hidden-scores': { slip: { backward: 'through-hidden' }, cases: masked },
};

/** Each forward mistake named: the weights and out it predicts. */
export const inForward = (...names: Name[]) =>
  names.map((name) => mistake(forward, m[name], (c) => forward64(c, slips[name].slip), slips[name].cases));

/** Each mistake named as attentionBackward shows it (a forward mistake changes the cache): dQ, dK and dV. */
export const inBackward = (...names: Name[]) =>
  names.map((name) =>
    mistake(
      backward,
      m[name],
      (c) => {
        const { dQ, dK, dV } = attention64(c, slips[name].slip);
        return { dQ, dK, dV };
      },
      slips[name].cases,
    ),
  );
