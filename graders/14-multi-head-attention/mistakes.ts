import type fc from 'fast-check';
import { mistake, probe, THROWS } from '../kit/toolkit';
import { type Case, mhaCase } from './cases';
import { type K, runBackward, runForward } from './learner';
import m from './misconceptions';
import { type MhaOutputs, mha64, type Slip } from './oracle';
import { GRADIENTS } from './reference';

// What code with each mistake returns, for confirmMistakes to hold the
// learner's own code against: the oracle with that slip, on the cases where
// it shows (a scale or a split needs two heads, a mask mistake a causal mask,
// a bias average two samples, keys from the query a separate key input).

type Name = keyof typeof m;
type Gradient = (typeof GRADIENTS)[number];

const pick = <T extends string>(t: MhaOutputs, names: readonly T[]) =>
  Object.fromEntries(names.map((n) => [n, t[n as keyof MhaOutputs]]));

const forward = probe<K, Case>({
  cases: mhaCase(),
  observe: (kata, c) => {
    const { out, weights } = runForward(kata, c);
    return { out, weights };
  },
  truth: (c) => pick(mha64(c), ['out', 'weights']),
});

const backward = probe<K, Case>({
  cases: mhaCase(),
  observe: (kata, c) => pick(runBackward(kata, c) as unknown as MhaOutputs, GRADIENTS),
  truth: (c) => pick(mha64(c), GRADIENTS),
});

const multiHead = mhaCase({ headsMin: 2 });
const slips: Partial<Record<Name, { slip: Slip; cases?: fc.Arbitrary<Case> }>> = {
  'scale-by-d-model': { slip: { scaleByModel: true }, cases: multiHead },
  'heads-interleaved': { slip: { interleaved: true }, cases: mhaCase({ headsMin: 2, dheadMin: 2 }) },
  'weights-not-transposed': { slip: { notTransposed: true } },
  'causal-hides-diagonal': { slip: { strictCausal: true }, cases: mhaCase({ causal: 'always' }) },
  'mask-after-softmax': { slip: { maskAfterSoftmax: true }, cases: mhaCase({ causal: 'always', LkMin: 2 }) },
  'softmax-over-queries': { slip: { overQueries: true } },
};

/** K projected from the query: the weights are [Lq, Lq], and V's rows past Lq are never read (or are missing: it throws). */
function keyFromQuery(c: Case): MhaOutputs | typeof THROWS {
  const Lq = c.query[0].length;
  if (Lq > c.key[0].length) return THROWS;
  return mha64({ ...c, key: c.query, value: c.value.map((seq) => seq.slice(0, Lq)) });
}

const cross = mhaCase({ attention: 'cross' });

/** Each forward mistake named: the out and weights it predicts. */
export const inForward = (...names: Name[]) =>
  names.map((name) => {
    if (name === 'key-from-query') {
      return mistake(
        forward,
        m[name],
        (c) => {
          const t = keyFromQuery(c);
          return t === THROWS ? THROWS : pick(t, ['out', 'weights']);
        },
        cross,
      );
    }
    const s = slips[name]!;
    return mistake(forward, m[name], (c) => pick(mha64(c, s.slip), ['out', 'weights']), s.cases);
  });

/** Each mistake named as mhaBackward shows it (a forward slip changes the cache): the gradients. */
export const inBackward = (...names: Name[]) =>
  names.map((name) => {
    if (name === 'bias-grad-averaged') {
      const biases: Gradient[] = ['dbq', 'dbk', 'dbv', 'dbo'];
      return mistake(backward, m[name], (c) => pick(mha64(c, { biasMean: true }), biases), mhaCase({ NMin: 2 }));
    }
    const s = slips[name]!;
    return mistake(backward, m[name], (c) => pick(mha64(c, s.slip), GRADIENTS), s.cases);
  });
