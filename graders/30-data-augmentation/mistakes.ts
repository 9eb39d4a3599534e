import { tensor64 } from '../kit/tensor';
import { mistake, probe } from '../kit/toolkit';
import { cases, paddedCases } from './cases';
import { type K, runCrop, runCutmix, runFlip, runMixup, runRandomFlip } from './learner';
import m from './misconceptions';
import { type Case, cropOracle, cutmixOracle, flipOracle, flipped, mixupOracle, type Slip } from './oracle';

// What code with each mistake returns, for confirmMistakes to hold the
// learner's own code against, one probe per function.

const crop = probe<K, Case>({
  cases: paddedCases,
  observe: (kata, c) => ({ out: runCrop(kata, c).out }),
  truth: (c) => ({ out: cropOracle(c) }),
});

const flip = probe<K, Case>({
  cases,
  observe: (kata, c) => ({ out: runFlip(kata, c.x) }),
  truth: (c) => ({ out: flipOracle(c) }),
});

// Called directly: what the flip does to its input is the observation.
const flipInput = probe<K, Case>({
  cases,
  observe: (kata, c) => {
    const input = c.x.map((image) => image.map((map) => map.map((row) => [...row])));
    kata.horizontalFlip(input);
    return { input };
  },
  truth: (c) => ({ input: tensor64(c.x) }),
});

const randomFlip = probe<K, Case>({
  cases,
  observe: (kata, c) => ({ out: runRandomFlip(kata, c).out }),
  truth: (c) => ({ out: flipOracle(c, flipped(c)) }),
});

const mix = probe<K, Case>({
  cases,
  observe: (kata, c) => runMixup(kata, c),
  truth: (c) => mixupOracle(c),
});

const cut = probe<K, Case>({
  cases,
  observe: (kata, c) => runCutmix(kata, c),
  truth: (c) => cutmixOracle(c),
});

const cropped = (slip: Slip) => (c: Case) => ({ out: cropOracle(c, slip) });

export const cropMistakes = [
  mistake(crop, m['crop-offset-off-by-one'], cropped({ offByOne: true })),
  mistake(crop, m['crop-edge-padding'], cropped({ edgePadding: true })),
  mistake(crop, m['crop-offset-not-shifted'], cropped({ notShifted: true })),
];

const inPlace = mistake(flipInput, m['flip-reverses-input'], (c) => ({ input: flipOracle(c) }));

export const flipMistakes = [
  mistake(flip, m['flip-vertical'], (c) => ({ out: flipOracle(c, undefined, { vertical: true }) })),
  inPlace,
];

export const randomFlipMistakes = [
  mistake(randomFlip, m['flip-once-per-batch'], (c) => ({ out: flipOracle(c, flipped(c, { oncePerBatch: true })) })),
  mistake(randomFlip, m['flip-vertical'], (c) => ({ out: flipOracle(c, flipped(c), { vertical: true }) })),
  inPlace,
];

// Every output, so that two mistakes that agree on one (a box pasted from the
// image itself and a transposed box on a batch of one) are told apart.
export const mixupMistakes = [
  mistake(mix, m['mixup-labels-not-mixed'], (c) => mixupOracle(c, { labels: 'unmixed' })),
  mistake(mix, m['mixup-label-weights-swapped'], (c) => mixupOracle(c, { labels: 'swapped' })),
];

export const cutmixMistakes = [
  mistake(cut, m['cutmix-unclipped-area'], (c) => cutmixOracle(c, { unclipped: true })),
  mistake(cut, m['cutmix-ignores-perm'], (c) => cutmixOracle(c, { self: true })),
  mistake(cut, m['cutmix-box-transposed'], (c) => cutmixOracle(c, { transposed: true })),
];
