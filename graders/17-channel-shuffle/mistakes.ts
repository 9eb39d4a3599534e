import { mistake, type Outputs, probe, THROWS } from '../kit/toolkit';
import { batchCases, blockCases, cases, groupedCases, shuffleCases, unevenShuffleCases } from './cases';
import { type K, runConv, runConvBackward, runShuffle, runShuffleBackward } from './learner';
import m from './misconceptions';
import { type ConvCase, gradientOracle, outOracle, type ShuffleCase, shuffleOracle } from './oracle';

// What code with each mistake returns, for confirmMistakes to hold the
// learner's own code against: the oracle with that slip, on the cases where
// it shows (a shuffle and its inverse differ only when 1 < g < C and
// g² ≠ C; interleaved groups need two channels per group; the batch's sum a
// batch of two; everything else two groups or more).

const shuffleForward = probe<K, ShuffleCase>({
  cases: shuffleCases,
  observe: (kata, c) => ({ out: runShuffle(kata, c.x, c.groups) }),
  truth: (c) => ({ out: shuffleOracle(c).out }),
});

const shuffleBackward = probe<K, ShuffleCase>({
  cases: shuffleCases,
  observe: (kata, c) => ({ dx: runShuffleBackward(kata, c.dout, c.groups) }),
  truth: (c) => ({ dx: shuffleOracle(c).dx }),
});

const convForward = probe<K, ConvCase>({
  cases,
  observe: (kata, c) => ({ out: runConv(kata, c).out }),
  truth: (c) => ({ out: outOracle(c) }),
});

const convBackward = probe<K, ConvCase>({
  cases,
  observe: (kata, c) => {
    const { dx, dw, db } = runConvBackward(kata, c);
    return { dx, dw, db };
  },
  truth: (c) => gradientOracle(c),
});

export const shuffleForwardMistakes = [
  mistake(
    shuffleForward,
    m['shuffle-transposed-wrong-way'],
    (c) => ({ out: shuffleOracle(c, { wrongWay: true }).out }),
    unevenShuffleCases,
  ),
];

export const shuffleBackwardMistakes = [
  mistake(
    shuffleBackward,
    m['backward-same-shuffle'],
    (c) => ({ dx: shuffleOracle(c, { sameShuffle: true }).dx }),
    unevenShuffleCases,
  ),
];

export const convForwardMistakes = [
  mistake(convForward, m['groups-interleaved'], (c) => ({ out: outOracle(c, { interleaved: true }) }), blockCases),
  mistake(
    convForward,
    m['group-offset-missing'],
    (c) => ({ out: outOracle(c, { offsetMissing: true }) }),
    groupedCases,
  ),
  mistake(
    convForward,
    m['weight-absolute-channel'],
    (c) => (c.groups > 1 ? THROWS : { out: outOracle(c) }),
    groupedCases,
  ),
  mistake(convForward, m['output-blocks-reversed'], (c) => ({ out: outOracle(c, { reversed: true }) }), groupedCases),
];

export const convBackwardMistakes = [
  mistake(
    convBackward,
    m['weight-gradients-averaged'],
    (c) => {
      const { dw, db } = gradientOracle(c, { averaged: true });
      const predicted: Outputs = c.b ? { dw, db } : { dw };
      return predicted;
    },
    batchCases,
  ),
];
